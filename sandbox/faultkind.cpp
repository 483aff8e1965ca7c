#include "sandbox/faultkind.h"

#include <array>
#include <utility>

namespace o2o::sandbox {

namespace {

constexpr std::array<std::pair<FaultKind, const char*>, 9> kNames{{
    {FaultKind::ResetBefore, "reset_before"},
    {FaultKind::ResetMidResponse, "reset_mid_response"},
    {FaultKind::Stall, "stall"},
    {FaultKind::Status500, "status_500"},
    {FaultKind::Status503, "status_503"},
    {FaultKind::Status429, "status_429"},
    {FaultKind::TruncatedJson, "truncated_json"},
    {FaultKind::MalformedJson, "malformed_json"},
    {FaultKind::ReplyLost, "reply_lost"},
}};

} // namespace

std::optional<FaultKind> faultKindFromName(const QString& name) {
    for (const auto& [kind, text] : kNames)
        if (name == QLatin1StringView(text))
            return kind;
    return std::nullopt;
}

QStringList faultKindNames() {
    QStringList names;
    for (const auto& entry : kNames)
        names.append(QString::fromLatin1(entry.second));
    return names;
}

bool faultAppliesRequest(FaultKind kind) {
    return kind == FaultKind::ResetMidResponse || kind == FaultKind::Stall ||
           kind == FaultKind::TruncatedJson || kind == FaultKind::ReplyLost;
}

} // namespace o2o::sandbox
