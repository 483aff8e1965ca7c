import QtQuick
import QtTest
import O2O.Ui

// The staff screen on the real database: the first member from an open terminal, a cashier added in the
// dialog, two PINs that differ, a new PIN, a member disabled; each checked in the database and its audit.
TestCase {
    id: testCase
    name: "Staff"
    when: windowShown
    visible: true // the screens are pressed like a finger would: they must be on screen
    width: 800
    height: 480

    readonly property SessionController session: services.session

    Component {
        id: staffComponent
        StaffScreen {
            width: 800
            height: 480
            app: services
            compact: true
        }
    }

    function click(screen, name) {
        const item = findChild(screen, name)
        verify(item, name)
        verify(item.visible && item.enabled, name + " can be pressed")
        mouseClick(item)
    }

    function fill(dialog, fields) {
        for (const name in fields) {
            const field = findChild(dialog, name)
            verify(field, name)
            field.text = fields[name]
        }
    }

    function addInDialog(screen, name, role, pin, pinAgain) {
        click(screen, "addStaffButton")
        const dialog = findChild(screen, "addStaffDialog")
        tryVerify(() => dialog.opened, 2000)
        fill(dialog, { staffNameField: name, staffPinField: pin, staffPinAgainField: pinAgain })
        click(dialog.contentItem, "roleButton_" + role)
        click(dialog.contentItem, "addStaffConfirm")
        tryVerify(() => !services.staff.busy, 10000)
        return dialog
    }

    function test_staffScreen() {
        const screen = createTemporaryObject(staffComponent, testCase)
        verify(screen)
        tryVerify(() => session.ready, 5000)
        support.settle()
        verify(session.open)
        const openNotice = findChild(screen, "openNotice")
        verify(openNotice.visible, "an open terminal says so")

        // The first member: a cashier is not offered; a manager is added and signed in at once.
        click(screen, "addStaffButton")
        let dialog = findChild(screen, "addStaffDialog")
        tryVerify(() => dialog.opened, 2000)
        verify(!findChild(dialog.contentItem, "roleButton_cashier").enabled)
        dialog.close()
        tryVerify(() => !dialog.visible, 2000)
        dialog = addInDialog(screen, "Marta Díaz", "manager", "4321", "4321")
        tryVerify(() => session.signedIn, 10000)
        compare(session.staffId, "marta-diaz")
        compare(session.role, "manager")
        tryVerify(() => !dialog.visible, 2000)
        compare(support.staffInDatabase(), ["marta-diaz manager active"])
        verify(!findChild(screen, "openNotice").visible)

        // Two PINs that differ: refused in words, nothing written.
        dialog = addInDialog(screen, "Bob", "cashier", "1234", "1243")
        compare(services.staff.error, StaffController.PinMismatch)
        verify(dialog.opened, "the dialog stays open to fix it")
        verify(findChild(dialog.contentItem, "addStaffMessage").text.length > 0)
        compare(support.staffInDatabase(), ["marta-diaz manager active"])
        fill(dialog, { staffPinAgainField: "1234" })
        click(dialog.contentItem, "addStaffConfirm")
        tryVerify(() => !services.staff.busy, 10000)
        compare(services.staff.error, StaffController.NoError)
        tryVerify(() => !dialog.visible, 2000)
        compare(support.staffInDatabase(), ["bob cashier active", "marta-diaz manager active"])
        tryCompare(services.staff.members, "count", 2)

        // A new PIN for Bob, then Bob signs in with it.
        tryVerify(() => findChild(screen, "changePin_bob") !== null, 2000)
        click(screen, "changePin_bob")
        const pinDialog = findChild(screen, "changePinDialog")
        tryVerify(() => pinDialog.opened, 2000)
        fill(pinDialog, { newPinField: "8642", newPinAgainField: "8642" })
        click(pinDialog.contentItem, "changePinConfirm")
        tryVerify(() => !services.staff.busy, 10000)
        compare(services.staff.error, StaffController.NoError)
        tryVerify(() => !pinDialog.visible, 2000)

        // Nobody disables themselves.
        verify(!findChild(screen, "disable_marta-diaz").enabled)

        // Disable Bob: he can no longer sign in.
        click(screen, "disable_bob")
        const confirm = findChild(screen, "disableStaffDialog")
        tryVerify(() => confirm.opened, 2000)
        click(confirm.contentItem, "disableConfirm")
        tryVerify(() => !services.staff.busy, 10000)
        support.settle()
        compare(support.staffInDatabase(), ["bob cashier disabled", "marta-diaz manager active"])
        tryVerify(() => findChild(screen, "staffStatus_bob") !== null
                  && findChild(screen, "staffStatus_bob").text.indexOf("\u2716") >= 0, 2000)

        // Audited as the command line audits them, by the member signed in.
        const audit = support.auditInDatabase()
        verify(audit.indexOf("window staff_add marta-diaz") >= 0, audit.join("\n"))
        verify(audit.indexOf("marta-diaz staff_add bob") >= 0, audit.join("\n"))
        verify(audit.indexOf("marta-diaz staff_pin bob") >= 0, audit.join("\n"))
        verify(audit.indexOf("marta-diaz staff_disable bob") >= 0, audit.join("\n"))

        session.signOut()
        session.signIn("bob", "8642")
        tryVerify(() => !session.busy, 10000)
        verify(!session.signedIn)
        compare(session.error, SessionController.Disabled)
    }
}
