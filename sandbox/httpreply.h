#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>

#include <httplib.h>

namespace o2o::sandbox {

/** The platform's clock, UTC milliseconds: every answer carries it (docs/protocol.md, "Time"). */
qint64 serverTimeMs();

/** A JSON answer with server_time_ms added. */
void replyJson(httplib::Response& res, int status, QJsonObject body);

/**
 * The protocol's error body for status: {"error": {"code", "message", "retryable"}, "server_time_ms"},
 * plus any extra top-level fields (prepare's "reason").
 */
void replyError(httplib::Response& res, int status, const QString& message, const QJsonObject& extra = {});

/** A failure of the platform itself: 503 when waiting may help (database busy), else 500. */
void replyStoreError(httplib::Response& res, const Error& error);

/** The error code docs/protocol.md gives a status ("bad_request", "rate_limited", ...). */
QString errorCodeFor(int status);

/** A request body as a JSON object; an empty optional when it is not one. */
std::optional<QJsonObject> jsonBody(const std::string& body);

} // namespace o2o::sandbox
