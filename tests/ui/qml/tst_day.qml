import QtQuick
import QtTest
import O2O.Ui

// The manager's day on the demo data: what the counter redeemed is listed with its totals, and the
// filters (cashier, kind) and the search by the code's last four characters narrow the list.
TestCase {
    id: testCase
    name: "DayScreen"
    when: windowShown
    width: 800
    height: 480

    property bool prepared: false

    Component {
        id: dayComponent
        DayScreen {
            width: 800
            height: 480
            app: services
            compact: true
        }
    }

    function redeem(voucher, amount, uses) {
        services.redemption.clear()
        services.redemption.redeem(support.demoCode(voucher), amount, uses)
        tryVerify(() => !services.redemption.busy && services.redemption.verdict.shown, 5000)
        verify(services.redemption.verdict.redeemed, voucher + " redeemed")
    }

    function init() {
        if (!prepared) {
            redeem("demo-deal", "", 1)
            redeem("demo-pass", "", 2)
            redeem("demo-gift-card", "12.50", 1)
            prepared = true
        }
        services.redemption.clear()
        support.settle()
    }

    function openDay() {
        const screen = createTemporaryObject(dayComponent, testCase.parent || testCase) // TestCase itself is invisible
        verify(screen)
        support.settle()
        tryCompare(services.day, "loading", false)
        return screen
    }

    function test_listAndTotals() {
        const screen = openDay()
        compare(services.day.entries.count, 3)
        compare(services.day.totals.redemptions, 3)
        compare(services.day.totals.uses, 3) // 2 of the pass, 1 of the deal; a gift card counts its amount
        compare(services.day.totals.sales, 0)
        compare(services.day.totals.voided, 0)
        // Newest first: the gift card was redeemed last, for 12.50.
        const first = findChild(screen, "dayRow_0")
        verify(first)
        compare(first.kind, "stored_value")
        compare(first.amount.indexOf("12.50"), 0)
        compare(first.codeTail, support.demoCode("demo-gift-card").slice(-4))
        verify(findChild(screen, "total_redemptions").text.indexOf("3") >= 0)
        verify(!findChild(screen, "dayEmpty").visible)
    }

    function test_kindFilter_data() {
        return [
            { tag: "pass", kind: "multi_use", count: 1 },
            { tag: "deal", kind: "single_use", count: 1 },
            { tag: "all vouchers", kind: "redemption", count: 3 },
            { tag: "sales", kind: "sale", count: 0 },
            { tag: "everything", kind: "", count: 3 }
        ]
    }
    function test_kindFilter(data) {
        const screen = openDay()
        services.day.kindFilter = data.kind
        support.settle()
        tryCompare(services.day, "loading", false)
        compare(services.day.entries.count, data.count)
        compare(services.day.totals.redemptions, data.kind === "sale" ? 0 : data.count)
        tryCompare(findChild(screen, "dayEmpty"), "visible", data.count === 0)
        // The combo box follows the controller.
        const box = findChild(screen, "kindFilter")
        compare(box.currentIndex, services.day.kindFilters.indexOf(data.kind))
    }

    function test_cashierFilter() {
        const screen = openDay()
        const cashiers = services.day.cashierIds
        compare(cashiers[0], "") // "All cashiers"
        compare(cashiers.length, 2) // and whoever ran the counter
        services.day.cashierFilter = cashiers[1]
        support.settle()
        compare(services.day.entries.count, 3)
        services.day.cashierFilter = "nobody-here"
        support.settle()
        compare(services.day.entries.count, 0)
        tryCompare(findChild(screen, "dayEmpty"), "visible", true)
    }

    function test_searchByLastFour_data() {
        return [
            { tag: "pass, exact", text: () => support.demoCode("demo-pass").slice(-4), ids: ["multi_use"] },
            { tag: "pass, lower case", text: () => support.demoCode("demo-pass").slice(-4).toLowerCase(), ids: ["multi_use"] },
            { tag: "nothing", text: () => "#%_!", ids: [] }
        ]
    }
    function test_searchByLastFour(data) {
        const screen = openDay()
        const field = findChild(screen, "searchField")
        field.text = data.text()
        support.settle()
        tryCompare(services.day, "loading", false)
        compare(services.day.search, field.text)
        compare(services.day.entries.count, data.ids.length)
        for (let i = 0; i < data.ids.length; ++i)
            compare(findChild(screen, "dayRow_" + i).kind, data.ids[i])
    }
}
