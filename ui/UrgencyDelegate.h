#pragma once

#include <QStyledItemDelegate>

namespace lethe {

// Colours the queue by deadline urgency: the days-left cell as a coloured pill (green >= 10 days,
// amber < 10, red < 5, dark red overdue, grey paused), and overdue rows bold with a warning mark.
class UrgencyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    static QColor colourFor(int urgency);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace lethe
