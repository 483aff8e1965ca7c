import QtQuick
import QtTest
import O2O.Ui

// The sale screen on the demo data: products tapped into lines, quantities, vouchers scanned during the
// sale and judged by the sale's rules (minimum spend), payment with cash and change, and the receipt of the
// sale as the database recorded it. A scan while the payment dialog is open joins the sale.
TestCase {
    id: testCase
    name: "SaleScreen"
    when: windowShown
    width: 800
    height: 480
    visible: true // a TestCase is hidden by default, and a hidden button takes no click

    readonly property SaleController sale: services.sale

    Component {
        id: saleComponent
        SaleScreen {
            width: 800
            height: 480
            focus: true
            app: services
            compact: true
        }
    }

    function initTestCase() {
        services.setLanguage("en") // amounts as "€12.50"
    }

    function init() {
        sale.newSale()
        support.settle()
    }

    function openScreen() {
        const screen = createTemporaryObject(saleComponent, testCase)
        verify(screen)
        tryVerify(() => !sale.busy && sale.catalog.count === 5, 5000)
        waitForRendering(screen)
        return screen
    }

    function idle() {
        support.settle()
        tryVerify(() => !sale.busy, 5000)
    }

    // Keys at a handheld scanner's speed: the application's wedge filter takes them as one scan and hands
    // it to the screen that claimed the scans, whatever field or dialog has the focus.
    function scan(voucherId) {
        const code = support.demoCode(voucherId)
        verify(code.length > 0, "the demo code is known")
        support.scanKeys(code)
    }

    function tap(screen, name) {
        const item = findChild(screen, name)
        verify(item, name)
        mouseClick(item)
    }

    function test_linesAndQuantities() {
        const screen = openScreen()
        tap(screen, "product_LUNCH")
        tap(screen, "product_LUNCH")
        tap(screen, "product_JUICE")
        idle()
        compare(sale.lines.count, 2)
        const first = findChild(screen, "saleLine_0")
        compare(findChild(first, "lineQuantity").text, "2")
        compare(findChild(first, "lineAmount").text, "€24.00")
        mouseClick(findChild(first, "moreButton"))
        idle()
        compare(findChild(first, "lineQuantity").text, "3")
        mouseClick(findChild(first, "lessButton"))
        idle()
        compare(findChild(first, "lineQuantity").text, "2")
        // 24.00 + 3.20; tax 10 % of 24.00 and 21 % of 3.20 (0.67)
        compare(sale.totals.subtotalText, "€27.20")
        compare(sale.totals.taxText, "€3.07")
        compare(sale.totals.toPayText, "€30.27")
        compare(findChild(screen, "toPayText").text, "€30.27")
        mouseClick(findChild(findChild(screen, "saleLine_1"), "removeLineButton"))
        idle()
        compare(sale.lines.count, 1)
        compare(sale.totals.toPayText, "€26.40")
    }

    // Below the lunch deal's minimum spend it is refused with the reason and the minimum; with enough on
    // the sale it applies; paid in cash with change; the receipt is the recorded sale; the deal is used.
    function test_voucherMinimumSpendAndCashPayment() {
        const screen = openScreen()
        tap(screen, "product_COFFEE")
        idle()
        scan("demo-lunch")
        tryVerify(() => sale.vouchers.count === 1, 5000)
        idle()
        let row = findChild(screen, "saleVoucher_0")
        verify(row)
        compare(row.applied, false)
        compare(row.reasonCode, "below_min_spend")
        verify(findChild(row, "voucherStatus").text.indexOf("€20.00") >= 0, findChild(row, "voucherStatus").text)
        compare(sale.totals.hasDiscount, false)

        tap(screen, "product_LUNCH")
        tap(screen, "product_LUNCH")
        tap(screen, "product_JUICE")
        idle()
        row = findChild(screen, "saleVoucher_0")
        compare(row.applied, true)
        compare(row.amountText, "€5.00")
        compare(sale.totals.discountText, "€5.00")
        // 29.70 - 5.00, the deal spread over the lines before tax (0.42, 4.04, 0.54): tax 0.21 + 2.00 + 0.56
        compare(sale.totals.subtotalText, "€29.70")
        compare(sale.totals.taxText, "€2.77")
        compare(sale.totals.toPayText, "€27.47")

        tap(screen, "payButton")
        const dialog = findChild(screen, "paymentDialog")
        tryVerify(() => dialog.opened, 3000)
        compare(findChild(dialog, "paymentToPay").text, "€27.47")
        const cash = findChild(dialog, "cashField")
        cash.text = "20"
        tap(dialog.contentItem, "confirmPaymentButton")
        compare(sale.problem, SaleController.CashTooLow)
        compare(sale.lastSaleId, "")
        cash.text = "50"
        compare(sale.cashEnough, true)
        compare(findChild(dialog, "changeText").text, "€22.53")
        tap(dialog.contentItem, "confirmPaymentButton")
        tryVerify(() => sale.receipt.shown, 5000)
        tryVerify(() => !dialog.visible, 3000)

        // The receipt is what the database holds (read back by id after the commit).
        verify(sale.lastSaleId.length > 30)
        compare(sale.receipt.totals.totalText, "€27.47")
        compare(sale.receipt.totals.discountText, "€5.00")
        compare(sale.receipt.paymentMethod, SaleController.Cash)
        compare(sale.receipt.cashGivenText, "€50.00")
        compare(sale.receipt.changeText, "€22.53")
        compare(sale.receiptLines.count, 3)
        const receipt = findChild(screen, "receiptView")
        verify(receipt.visible)
        compare(findChild(receipt, "receiptChange").text, "Change: €22.53")
        verify(findChild(receipt, "receiptChange").visible)

        // The deal was redeemed with the sale: the next sale is refused it.
        tap(screen, "newSaleButton")
        tap(screen, "product_LUNCH")
        tap(screen, "product_LUNCH")
        idle()
        scan("demo-lunch")
        tryVerify(() => sale.vouchers.count === 1, 5000)
        idle()
        compare(findChild(screen, "saleVoucher_0").reasonCode, "already_redeemed")
    }

    // The customer remembers a voucher while the cashier takes the payment: the scan joins the sale, the
    // dialog's amount follows, and the sale recorded carries it. Checked afterwards at the counter.
    function test_scanWhilePaymentDialogIsOpen() {
        const screen = openScreen()
        tap(screen, "product_LUNCH")
        tap(screen, "product_LUNCH")
        tap(screen, "product_JUICE")
        idle()
        tap(screen, "payButton")
        const dialog = findChild(screen, "paymentDialog")
        tryVerify(() => dialog.opened, 3000)
        compare(findChild(dialog, "paymentToPay").text, "€30.27")
        scan("demo-pass")
        tryVerify(() => sale.vouchers.count === 1, 5000)
        idle()
        verify(dialog.opened, "the dialog stays open")
        compare(findChild(dialog, "cashField").text, "", "the scan's keys did not land in the cash field")
        compare(findChild(screen, "saleVoucher_0").applied, true)
        compare(sale.totals.discountText, "€15.00")
        // 27.20 - 15.00 (13.23 and 1.77 of it on the lines) + tax 1.08 + 0.30
        compare(findChild(dialog, "paymentToPay").text, "€13.58")
        tap(dialog.contentItem, "method_card")
        tap(dialog.contentItem, "confirmPaymentButton")
        tryVerify(() => sale.receipt.shown, 5000)
        compare(sale.receipt.paymentMethod, SaleController.Card)
        compare(sale.receipt.paymentText, "€13.58")
        compare(sale.receipt.hasCashGiven, false)

        // The pass gave one class to the sale: 9 of 10 left, as the counter reads it from the database.
        services.redemption.check(support.demoCode("demo-pass"))
        tryVerify(() => services.redemption.verdict.shown, 5000)
        compare(services.redemption.verdict.detail, "9 of 10 uses left")
        services.redemption.clear()
    }
}
