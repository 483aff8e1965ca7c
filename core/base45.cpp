#include "core/base45.h"

#include <array>

namespace o2o::base45 {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

constexpr std::array<qint8, 256> makeReverse() {
    std::array<qint8, 256> table{};
    for (auto& v : table)
        v = -1;
    for (int i = 0; i < 45; ++i)
        table[static_cast<unsigned char>(kAlphabet[i])] = qint8(i);
    return table;
}
constexpr std::array<qint8, 256> kReverse = makeReverse();

} // namespace

QByteArray encode(const QByteArray& bytes) {
    QByteArray out;
    out.reserve(bytes.size() / 2 * 3 + 2);
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    qsizetype i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        int n = data[i] * 256 + data[i + 1];
        out.append(kAlphabet[n % 45]);
        n /= 45;
        out.append(kAlphabet[n % 45]);
        out.append(kAlphabet[n / 45]);
    }
    if (i < bytes.size()) {
        out.append(kAlphabet[data[i] % 45]);
        out.append(kAlphabet[data[i] / 45]);
    }
    return out;
}

std::optional<QByteArray> decode(QByteArrayView text) {
    if (text.size() % 3 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() / 3 * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype group = std::min<qsizetype>(3, text.size() - i);
        int n = 0;
        for (qsizetype k = group; k-- > 0;) {
            const qint8 digit = kReverse[static_cast<unsigned char>(text[i + k])];
            if (digit < 0)
                return std::nullopt;
            n = n * 45 + digit;
        }
        if (group == 3) {
            if (n > 0xFFFF)
                return std::nullopt;
            out.append(char(n >> 8));
            out.append(char(n & 0xFF));
        } else {
            if (n > 0xFF)
                return std::nullopt;
            out.append(char(n));
        }
    }
    return out;
}

} // namespace o2o::base45
