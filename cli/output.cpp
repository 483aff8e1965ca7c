#include "cli/output.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace o2o {

namespace {
void writeOut(const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QByteArray program() {
    return QCoreApplication::applicationName().toUtf8();
}
} // namespace

void printJson(const QJsonObject& object) {
    writeOut(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void printLine(const QString& line) {
    writeOut(line.toUtf8());
}

int reportError(const Error& error) {
    std::fprintf(stderr, "%s: %s\n", program().constData(), error.message.toUtf8().constData());
    return ExitError;
}

int reportUsage(const QString& message) {
    std::fprintf(stderr, "%s: %s\nRun '%s --help' for the commands, or add --help to a command.\n",
                 program().constData(), message.toUtf8().constData(), program().constData());
    return ExitError;
}

int reportRefusedOrError(const Error& error) {
    reportError(error);
    return error.code == ErrorCode::InvalidInput ? ExitRefused : ExitError;
}

} // namespace o2o
