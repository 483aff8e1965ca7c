#include "sync/downloader.h"

#include "store/changefeedwriter.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"
#include "store/trustimport.h"
#include "sync/changefeed.h"
#include "sync/synclog.h"

#include <QElapsedTimer>
#include <QUrl>
#include <future>

namespace o2o {

ApiResult<DownloadReport> Downloader::run() {
    DownloadReport report;
    if (auto r = pullPages(report); !r)
        return tl::unexpected(r.error());
    if (auto r = refreshTrust(report); !r)
        return tl::unexpected(r.error());
    return report;
}

ApiResult<ChangePage> Downloader::fetchPage(const QString& cursor) {
    const QString query = QStringLiteral("/v1/changes?cursor=%1&limit=%2")
                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(cursor)))
                              .arg(kPageLimit);
    auto body = m_client.getJson(query, PlatformClient::kPageTimeoutMs);
    if (!body)
        return tl::unexpected(body.error());
    auto page = parseChangePage(*body);
    if (!page) {
        m_client.noteFailure(page.error().message);
        return apiFailure(page.error());
    }
    // A feed that says "more" without moving on would keep us here forever.
    if (page->hasMore && page->changes.empty() && page->nextCursor == cursor)
        return apiFailure(Error{ErrorCode::InvalidInput,
                                QStringLiteral("the change feed does not advance past its cursor"), true});
    return std::move(*page);
}

std::future<ApiResult<ChangePage>> Downloader::startFetch(const QString& cursor) {
    // No exception may leave the sync worker: a failed fetch is an answer like any other.
    const auto fetch = [this, cursor]() -> ApiResult<ChangePage> {
        try {
            return fetchPage(cursor);
        } catch (const std::exception& e) {
            return apiFailure(Error{ErrorCode::Io,
                                    QStringLiteral("fetching a page of the change feed: %1")
                                        .arg(QString::fromLocal8Bit(e.what())),
                                    true});
        }
    };
    try {
        return std::async(std::launch::async, fetch);
    } catch (const std::system_error&) {
        return std::async(std::launch::deferred, fetch); // no thread to be had: fetched when collected
    }
}

ApiResult<void> Downloader::pullPages(DownloadReport& report) {
    auto state = SyncState::load(m_db);
    if (!state)
        return apiFailure(state.error());
    ChangeFeedWriter writer(m_db);
    ApiResult<ChangePage> fetched = fetchPage(state->cursor);
    for (;;) {
        if (!fetched) {
            // The pages applied so far are whole and carry their cursor: keep them.
            if (auto r = writer.commit(); !r)
                return apiFailure(r.error());
            return tl::unexpected(fetched.error());
        }
        const ChangePage page = std::move(*fetched);
        // The next page travels while this one is written. The client is used by that task alone until
        // it is collected (a future's destructor waits for it, also on the error paths below).
        std::future<ApiResult<ChangePage>> next;
        if (page.hasMore)
            next = startFetch(page.nextCursor);
        QElapsedTimer writing;
        writing.start();
        auto applied = writer.apply(page, m_clock.nowMsecs());
        if (!applied)
            return apiFailure(applied.error());
        const qint64 writeMs = writing.elapsed();
        ++report.pages;
        report.vouchers += applied->vouchers;
        report.removed += applied->removed;
        report.settings = report.settings || applied->settings;
        // Keep the group open for the next page only while it can be written within kGroupMs (pages take
        // about as long as the last one): a slow platform costs more commits, never a longer wait for a
        // redemption.
        const qint64 budgetMs = kGroupMs - writer.groupAgeMs() - writeMs;
        const bool nextInTime =
            page.hasMore && budgetMs > 0 &&
            next.wait_for(std::chrono::milliseconds(budgetMs)) == std::future_status::ready;
        if (!nextInTime) {
            if (auto r = writer.commit(); !r)
                return apiFailure(r.error());
        }
        if (!page.hasMore)
            return {};
        fetched = next.get();
    }
}

ApiResult<void> Downloader::refreshTrust(DownloadReport& report) {
    auto settings = TerminalSettings::load(m_db);
    if (!settings)
        return apiFailure(settings.error());
    auto state = SyncState::load(m_db);
    if (!state)
        return apiFailure(state.error());
    report.trustSequence = settings->trustSequence;
    // Also asked once while no list is held at all, in case the feed's announcement predates this terminal.
    const bool wanted = state->trustWanted > settings->trustSequence || settings->trustSequence == 0;
    if (wanted) {
        auto text = m_client.getText(QStringLiteral("/v1/trust?have=%1").arg(settings->trustSequence),
                                     PlatformClient::kPageTimeoutMs, kMaxTrustBytes);
        const bool noList = !text && text.error().status == 404 && settings->trustSequence == 0;
        if (!text && !noList)
            return tl::unexpected(text.error());
        if (text && *text) {
            auto imported = importTrustFile(m_db, **text);
            if (!imported) {
                // A list that does not verify is the platform's problem to fix; nothing was changed here.
                m_client.noteFailure(imported.error().message);
                return apiFailure(Error{imported.error().code,
                                        QStringLiteral("GET /v1/trust: ") + imported.error().message, true});
            }
            report.trustImported = !imported->unchanged;
            report.trustSequence = imported->sequence;
            qCInfo(lcSync) << "trust list" << imported->sequence << "imported:" << imported->keys << "keys,"
                           << imported->revoked << "revoked";
        }
        if (state->trustWanted > report.trustSequence && (!text || !*text))
            qCWarning(lcSync) << "the feed announced trust list" << state->trustWanted
                              << "but the platform has" << report.trustSequence;
    }
    if (auto r = SyncState::put(m_db, {{"sync_trust_ms", QString::number(m_clock.nowMsecs())}}); !r)
        return apiFailure(r.error());
    return {};
}

} // namespace o2o
