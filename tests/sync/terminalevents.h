#pragma once

// A terminal's events as its database holds them, read beside the process or thread that syncs (as the
// window does): what the fault tests compare with what the platform recorded.
#include <QHash>
#include <QSet>
#include <QString>

namespace o2o::test {

struct TerminalEvents {
    QHash<QString, QString> pending;  // event id -> redemption id, still in the outbox
    QHash<QString, QString> answered; // event id -> redemption id, settled by an answer
    QHash<QString, QString> answers;  // event id -> "accepted", "duplicate of accepted", ...
    QString cursor;
};
void readTerminalEvents(const QString& dataDir, TerminalEvents& out);

template <typename K, typename V> QSet<K> keySet(const QHash<K, V>& hash) {
    return QSet<K>(hash.keyBegin(), hash.keyEnd());
}
template <typename K, typename V> QSet<V> valueSet(const QHash<K, V>& hash) {
    return QSet<V>(hash.cbegin(), hash.cend());
}

} // namespace o2o::test
