#include "ExportSpool.h"

#include "ReportText.h"

namespace lethe {

ExportCompressor::ExportCompressor() : m_thread([this] { run(); }) {}

ExportCompressor::~ExportCompressor()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_jobs.clear(); // a failed or cancelled export: what waits is not needed
    }
    m_changed.notify_all();
    m_thread.join();
}

void ExportCompressor::submit(std::function<void()> job)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_jobs.size() < kWaiting; });
    m_jobs.push_back(std::move(job));
    m_changed.notify_all();
}

void ExportCompressor::drain()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_jobs.empty() && !m_busy; });
}

void ExportCompressor::run()
{
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || !m_jobs.empty(); });
            if (m_stop)
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            m_busy = true;
            m_changed.notify_all();
        }
        job();
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
        }
        m_changed.notify_all();
    }
}

void compress(ExportSpool& s, const QByteArray& json, const QByteArray& csv, bool last)
{
    if (s.compressFailed)
        return;
    if (!s.jsonDeflater) {
        s.jsonDeflater = std::make_unique<Deflater>();
        s.csvDeflater = std::make_unique<Deflater>();
    }
    s.json->write(json);
    s.packed.clear();
    s.jsonDeflater->add(json, s.packed, last ? 1 : 0); // the file's header and end are added around it
    s.jsonPacked->write(s.packed);
    s.csvHash.addData(csv);
    s.packed.clear();
    s.csvDeflater->add(csv, s.packed, last ? 2 : 0);
    s.csvPacked->write(s.packed);
    s.compressFailed = s.jsonDeflater->failed() || s.csvDeflater->failed();
    if (last) {
        s.jsonCrc = s.jsonDeflater->crc();
        s.jsonSize = s.jsonDeflater->size();
        s.csvCrc = s.csvDeflater->crc();
        s.csvSize = s.csvDeflater->size();
        s.csvSha256 = s.csvHash.result();
        s.jsonDeflater.reset();
        s.csvDeflater.reset();
        s.packed = QByteArray();
    }
}

void markWithheld(ExportSpool& s)
{
    s.withheld.clear();
    for (int c = 0; c < s.columns.size(); ++c) {
        s.withheld << ReportText::withheldReason(s.columns[c], s.categories.value(c));
        s.anyWithheld = s.anyWithheld || !s.withheld.last().isEmpty();
    }
}

} // namespace lethe
