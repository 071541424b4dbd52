#include "UrgencyDelegate.h"

#include "Deadlines.h"
#include "RequestQueueModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace lethe {

QColor UrgencyDelegate::colourFor(int urgency)
{
    switch (Urgency(urgency)) {
    case Urgency::Relaxed:
        return QColor(0x2e, 0x7d, 0x32);
    case Urgency::Soon:
        return QColor(0xe0, 0x8a, 0x00);
    case Urgency::Urgent:
        return QColor(0xd3, 0x2f, 0x2f);
    case Urgency::Overdue:
        return QColor(0x8e, 0x10, 0x10);
    case Urgency::Paused:
        return QColor(0x60, 0x7d, 0x8b);
    case Urgency::Closed:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return Qt::gray;
}

void UrgencyDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto urgency = Urgency(index.data(RequestQueueModel::UrgencyRole).toInt());
    if (urgency == Urgency::Overdue) {
        option->font.setBold(true);
        if (index.column() == RequestQueueModel::IdColumn) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            option->decorationSize = QSize(14, 14);
        }
    } else if (urgency == Urgency::Closed) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
}

void UrgencyDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    if (index.column() != RequestQueueModel::DaysLeftColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int urgency = index.data(RequestQueueModel::UrgencyRole).toInt();
    if (Urgency(urgency) == Urgency::Closed) {
        painter->setPen(opt.palette.color(QPalette::Disabled, QPalette::Text));
        painter->drawText(opt.rect.adjusted(4, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, text);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont f = opt.font;
    f.setBold(true);
    painter->setFont(f);
    const QFontMetrics fm(f);
    // Never wider than the cell: a narrow column elides the text rather than painting over its neighbour.
    const int w = std::min(fm.horizontalAdvance(text) + 14, opt.rect.width() - 6);
    const QString shown = fm.elidedText(text, Qt::ElideRight, w - 10);
    const int h = std::min(opt.rect.height() - 4, fm.height() + 4);
    const QRect pill(opt.rect.right() - w - 4, opt.rect.center().y() - h / 2, w, h);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colourFor(urgency));
    painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, shown);
    painter->restore();
}

} // namespace lethe
