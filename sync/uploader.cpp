#include "sync/uploader.h"

#include "store/outbox.h"
#include "sync/eventbatch.h"
#include "sync/synclog.h"

namespace o2o {

ApiResult<UploadReport> Uploader::run() {
    Outbox outbox(m_db);
    UploadReport report;
    int batchSize = kMaxBatch;
    for (;;) {
        auto batch = outbox.oldest(batchSize);
        if (!batch)
            return apiFailure(batch.error());
        if (batch->isEmpty()) {
            report.drained = true;
            return report;
        }
        auto answer = m_client.postJson(QStringLiteral("/v1/events"), eventBatchBody(*batch));
        if (!answer) {
            // 413: the platform takes smaller batches; anything else ends this upload with nothing settled.
            if (answer.error().status == 413 && batchSize > 1) {
                batchSize = std::max(1, batchSize / 2);
                continue;
            }
            return tl::unexpected(answer.error());
        }
        auto settled = readEventAnswers(*answer, *batch);
        if (!settled) {
            m_client.noteFailure(settled.error().message);
            return apiFailure(settled.error());
        }
        if (settled->isEmpty())
            return apiFailure(Error{ErrorCode::InvalidInput,
                                    QStringLiteral("POST /v1/events: the platform answered none of "
                                                   "the %1 events")
                                        .arg(batch->size()),
                                    true});
        if (auto r = outbox.settle(*settled, m_clock.nowMsecs()); !r)
            return apiFailure(r.error());
        ++report.batches;
        for (const SettledEvent& s : *settled) {
            if (s.status == QStringLiteral("accepted"))
                ++report.accepted;
            else if (s.status == QStringLiteral("duplicate"))
                ++report.duplicate;
            else if (s.status == QStringLiteral("conflict"))
                ++report.conflict;
            else
                ++report.rejected;
            if (s.status == QStringLiteral("conflict") || s.status == QStringLiteral("rejected"))
                qCWarning(lcSync) << "event" << s.event.eventId << s.status << s.reason;
        }
        qCInfo(lcSync) << "uploaded" << settled->size() << "of" << batch->size() << "events";
    }
}

} // namespace o2o
