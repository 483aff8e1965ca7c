#include "core/voucherrecord.h"
#include "scanner/qrimage.h"
#include "store/terminalsettings.h"
#include "store/voucherimport.h"
#include "ui/appservices.h"
#include "ui/databasethread.h"
#include "ui/screenshotplan.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QQuickItem>
#include <QVideoFrame>
#include <QVideoFrameFormat>

namespace o2o {

namespace {

RedemptionController* counter(ShotStage& stage) {
    return stage.app().redemption();
}

/** Every counter shot starts at a counter (not a kiosk), whatever the shot before it left. */
void atCounter(ShotStage& stage) {
    counter(stage)->setKiosk(false);
}

/** Waits for the verdict of the request just made. */
void waitForVerdict(ShotStage& stage) {
    RedemptionController* c = counter(stage);
    stage.waitUntil([c] { return !c->busy() && c->verdict().shown(); });
}

/** Checks a demo code at the counter, as a scan would, and waits for the verdict. */
void checkAtCounter(ShotStage& stage, const QString& voucherId) {
    atCounter(stage);
    counter(stage)->submitScannedCode(stage.demoCode(voucherId));
    waitForVerdict(stage);
}

/** Redeems a demo code (uses, amount) and waits for the verdict. */
void redeemAtCounter(ShotStage& stage, const QString& code, const QString& amount = {}, int uses = 1) {
    atCounter(stage);
    counter(stage)->redeem(code, amount, uses);
    waitForVerdict(stage);
}

/**
 * What the camera sees at a counter: a customer's phone showing a voucher's QR code over the counter top.
 * Drawn here (no recorded video to license or ship), and shown only in the preview: the decoder never
 * sees it, so the idle shot stays idle.
 */
QImage cameraScene(const QString& code) {
    QImage scene(1280, 720, QImage::Format_RGB32);
    QPainter p(&scene);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient wall(0, 0, 0, 720);
    wall.setColorAt(0, QColor(92, 84, 76));
    wall.setColorAt(0.55, QColor(140, 128, 112));
    wall.setColorAt(0.56, QColor(176, 142, 104)); // the counter top
    wall.setColorAt(1, QColor(128, 98, 70));
    p.fillRect(scene.rect(), wall);
    // The hand and the phone, slightly turned, as a customer holds it.
    p.translate(640, 380);
    p.rotate(-6);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(205, 160, 130));
    p.drawEllipse(QRectF(-250, 120, 240, 190));
    p.setBrush(QColor(28, 28, 32));
    p.drawRoundedRect(QRectF(-190, -330, 380, 700), 44, 44);
    p.setBrush(QColor(250, 250, 250));
    p.drawRoundedRect(QRectF(-172, -300, 344, 640), 24, 24);
    const QImage qr = renderQrCode(code, 290);
    p.drawImage(QPointF(-145, -190), qr);
    p.setPen(QColor(60, 60, 60));
    QFont font = p.font();
    font.setPixelSize(30);
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRectF(-172, -280, 344, 60), Qt::AlignCenter, QStringLiteral("O2O"));
    p.end();
    return scene;
}

QVideoFrame frameOf(const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QVideoFrame frame(
        QVideoFrameFormat(rgb.size(), QVideoFrameFormat::pixelFormatFromImageFormat(rgb.format())));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < rgb.height(); ++y)
        memcpy(frame.bits(0) + y * frame.bytesPerLine(0), rgb.constScanLine(y),
               size_t(qMin<qsizetype>(frame.bytesPerLine(0), rgb.bytesPerLine())));
    frame.unmap();
    return frame;
}

/** Puts the camera picture up (once per run: the preview keeps its last frame). */
void showCamera(ShotStage& stage) {
    RedemptionController* c = counter(stage);
    if (c->scanSource().isEmpty())
        c->setScanSource(QStringLiteral("camera"));
    c->showFrame(frameOf(cameraScene(stage.demoCode(QStringLiteral("demo-deal")))));
    stage.waitUntil([c] { return c->cameraLive(); });
}

/** Changes the offline budget's count limit (on the screens' database thread) and waits for it. */
void setOfflineMaxCount(ShotStage& stage, int maxCount) {
    bool done = false;
    stage.app().database()->run<bool>(
        &stage.app(),
        [maxCount](Database& db) -> Result<bool> {
            auto settings = TerminalSettings::load(db);
            if (!settings)
                return Unexpected(settings.error());
            settings->offlineMaxCount = maxCount;
            if (auto saved = settings->save(db); !saved)
                return Unexpected(saved.error());
            return true;
        },
        [&done](Result<bool>) { done = true; });
    stage.waitUntil([&done] { return done; });
}

/**
 * A new voucher like a demo one, for a shot that redeems: each language and size redeems its own, so every
 * picture shows a first redemption. Imported the way the platform's records are (cache import).
 */
QString freshVoucher(ShotStage& stage, VoucherKind kind, const QString& description, qint64 faceValueMinor,
                     int uses = 1) {
    static int serial = 0;
    ++serial;
    VoucherRecord record;
    record.code = QStringLiteral("O2O-SHOT-%1-%2").arg(QCoreApplication::applicationPid()).arg(serial);
    record.voucher.id = QStringLiteral("shot-%1").arg(serial);
    record.voucher.kind = kind;
    record.voucher.description = description;
    record.voucher.faceValueMinor = faceValueMinor;
    record.voucher.usesTotal = record.voucher.usesLeft = uses;
    if (!counter(stage)->storeId().isEmpty())
        record.voucher.stores = {counter(stage)->storeId()};
    QByteArray line = QJsonDocument(voucherRecordToJson(record)).toJson(QJsonDocument::Compact) + '\n';
    bool done = false;
    stage.app().database()->run<bool>(
        &stage.app(),
        [line](Database& db) -> Result<bool> {
            QBuffer input;
            input.setData(line);
            input.open(QIODevice::ReadOnly);
            auto imported = importVoucherLines(db, input);
            if (!imported)
                return Unexpected(imported.error());
            return true;
        },
        [&done](Result<bool>) { done = true; });
    stage.waitUntil([&done] { return done; });
    return record.code;
}

void setProperty(ShotStage& stage, const char* objectName, const char* property, const QVariant& value) {
    if (QQuickItem* item = stage.item(QString::fromLatin1(objectName)))
        item->setProperty(property, value);
}

void click(ShotStage& stage, const char* objectName) {
    if (QQuickItem* item = stage.item(QString::fromLatin1(objectName)))
        QMetaObject::invokeMethod(item, "clicked");
}

} // namespace

QList<Shot> counterShots() {
    const QString deal = QStringLiteral("demo-deal");
    return {
        {QStringLiteral("counter-idle"),
         [](ShotStage& s) {
             atCounter(s);
             showCamera(s);
         }},
        {QStringLiteral("counter-keypad"),
         [](ShotStage& s) {
             atCounter(s);
             showCamera(s);
             setProperty(s, "codeKeypad", "letters", true); // the letters, half a code typed
             setProperty(s, "codeField", "text", QStringLiteral("O2O-7KQ2-M"));
         }},
        {QStringLiteral("counter-valid"), [deal](ShotStage& s) { checkAtCounter(s, deal); }},
        {QStringLiteral("counter-accepted"),
         [](ShotStage& s) {
             redeemAtCounter(s, freshVoucher(s, VoucherKind::SingleUse,
                                             QStringLiteral("Dinner for two, 50.00 off"), 5000));
         }},
        {QStringLiteral("counter-refused-already-used"),
         [](ShotStage& s) {
             const QString code = freshVoucher(s, VoucherKind::SingleUse, QStringLiteral("Free coffee"), 350);
             redeemAtCounter(s, code);
             redeemAtCounter(s, code);
         }},
        {QStringLiteral("counter-refused-expired"),
         [](ShotStage& s) { checkAtCounter(s, QStringLiteral("demo-expired")); }},
        {QStringLiteral("counter-refused-wrong-store"),
         [](ShotStage& s) { checkAtCounter(s, QStringLiteral("demo-other-store")); }},
        {QStringLiteral("counter-refused-insufficient-balance"),
         [](ShotStage& s) {
             redeemAtCounter(s, s.demoCode(QStringLiteral("demo-gift-card")), QStringLiteral("950.00"));
         }},
        {QStringLiteral("counter-refused-min-spend"),
         [](ShotStage& s) { redeemAtCounter(s, s.demoCode(QStringLiteral("demo-lunch"))); }},
        {QStringLiteral("counter-refused-needs-network"),
         [](ShotStage& s) { checkAtCounter(s, QStringLiteral("demo-partner")); }},
        {QStringLiteral("counter-refused-unknown"),
         [](ShotStage& s) { redeemAtCounter(s, QStringLiteral("O2O-NOPE-NOPE-7Q2K")); }},
        {QStringLiteral("counter-refused-malformed"),
         [](ShotStage& s) { redeemAtCounter(s, QStringLiteral("https://example.com/?q=1")); }},
        {QStringLiteral("counter-refused-offline-budget"),
         [deal](ShotStage& s) {
             setOfflineMaxCount(s, 0);
             redeemAtCounter(s, s.demoCode(deal));
             setOfflineMaxCount(s, -1);
         }},
        {QStringLiteral("counter-choice-uses"),
         [](ShotStage& s) {
             checkAtCounter(s, QStringLiteral("demo-pass"));
             click(s, "usesPlus");
         }},
        {QStringLiteral("counter-choice-amount"),
         [](ShotStage& s) {
             checkAtCounter(s, QStringLiteral("demo-gift-card"));
             setProperty(s, "amountField", "text", QStringLiteral("25.50"));
         }},
        {QStringLiteral("counter-choice-pickup"),
         [](ShotStage& s) {
             checkAtCounter(s, QStringLiteral("demo-order-A1042"));
             setProperty(s, "itemCheck0", "checked", true);
         }},
        {QStringLiteral("counter-choice-ticket"),
         [](ShotStage& s) { checkAtCounter(s, QStringLiteral("demo-ticket")); }},
        {QStringLiteral("counter-kiosk-countdown"),
         [](ShotStage& s) {
             atCounter(s);
             counter(s)->setKiosk(true); // the next counter shot (or language) sets it back
             counter(s)->submitScannedCode(
                 freshVoucher(s, VoucherKind::SingleUse, QStringLiteral("Free coffee"), 350));
             waitForVerdict(s);
         }},
        {QStringLiteral("counter-redeemed-uses"),
         [](ShotStage& s) {
             redeemAtCounter(
                 s, freshVoucher(s, VoucherKind::MultiUse, QStringLiteral("10 fitness classes"), 1500, 10),
                 {}, 2);
         }},
    };
}

} // namespace o2o
