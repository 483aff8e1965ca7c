#include "ui/countermember.h"

#include "core/codeinput.h"
#include "store/memberresolver.h"
#include "ui/databasethread.h"
#include "ui/redemptioncontroller.h"
#include "ui/uilog.h"

#include <QDateTime>

namespace o2o {

CounterMember::CounterMember(DatabaseThread* database, RedemptionController* redemption, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_redemption(redemption) {
    connect(redemption, &RedemptionController::memberCodeEntered, this, &CounterMember::add);
}

void CounterMember::add(const QString& code) {
    if (code == m_code)
        return; // read twice: the same member
    qCInfo(lcUi) << "counter: member code" << maskCode(code);
    const quint64 revision = ++m_revision;
    m_database->run<ResolvedMember>(
        this,
        [code](Database& db) { return verifyMemberOn(db, code, QDateTime::currentSecsSinceEpoch(), false); },
        [this, revision, code](Result<ResolvedMember> result) {
            if (revision != m_revision)
                return;
            if (!result) { // the database could not be read: the member stays as it was
                qCWarning(lcUi) << "counter: member check:" << result.error().message;
                return;
            }
            SaleMember member;
            if (result->reason == Reason::None) {
                member.memberId = result->memberId;
                member.name = result->name;
            } else {
                qCInfo(lcUi) << "counter: member code refused:" << reasonCode(result->reason);
                member.refusal = result->reason;
            }
            set(member, member.attached() ? code : QString());
        });
}

void CounterMember::remove() {
    ++m_revision;
    set(SaleMember{}, QString());
}

void CounterMember::set(SaleMember member, const QString& code) {
    if (code != m_code) {
        m_code = code;
        m_redemption->setMemberCode(code);
    }
    if (member == m_member)
        return;
    m_member = std::move(member);
    Q_EMIT memberChanged();
}

} // namespace o2o
