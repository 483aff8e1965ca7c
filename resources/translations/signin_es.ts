<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="24"/>
        <source>Add a member of staff</source>
        <translation>Añadir un miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="46"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="59"/>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="60"/>
        <source>Installer</source>
        <translation>Instalador</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="60"/>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="79"/>
        <source>PIN (4-12 digits)</source>
        <translation>PIN (4-12 dígitos)</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="90"/>
        <source>PIN again</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="103"/>
        <source>The first member must be a manager or an installer; they are signed in at once.</source>
        <translation>El primer miembro debe ser encargado o instalador; queda conectado al momento.</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="104"/>
        <source>They sign in with this PIN; only they should know it.</source>
        <translation>Entrará con este PIN; solo esa persona debe conocerlo.</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="113"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="120"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../ui/ChangePinDialog.qml" line="22"/>
        <source>New PIN for %1</source>
        <translation>Nuevo PIN para %1</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinDialog.qml" line="44"/>
        <source>New PIN (4-12 digits)</source>
        <translation>Nuevo PIN (4-12 dígitos)</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinDialog.qml" line="55"/>
        <source>New PIN again</source>
        <translation>Repita el nuevo PIN</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinDialog.qml" line="67"/>
        <source>A new PIN also ends a lockout.</source>
        <translation>Un PIN nuevo también levanta el bloqueo.</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinDialog.qml" line="75"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinDialog.qml" line="82"/>
        <source>Save PIN</source>
        <translation>Guardar PIN</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="29"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="30"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/PinPad.qml" line="40"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/PinPad.qml" line="57"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ScreenMenu</name>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="18"/>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="18"/>
        <source>Installer</source>
        <translation>Instalador</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="18"/>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="39"/>
        <source>▲ No staff set up: open to everyone. A manager or installer adds staff under Staff.</source>
        <translation>▲ Sin personal: abierto a todos. Un encargado o instalador lo añade en Personal.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="40"/>
        <source>Nobody is signed in.</source>
        <translation>Nadie ha iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="47"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="59"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="24"/>
        <source>The void window must be 0 to %1 minutes.</source>
        <translation>El plazo de anulación debe ser de 0 a %1 minutos.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="26"/>
        <source>The idle sign-out must be 0 to %1 minutes.</source>
        <translation>El cierre por inactividad debe ser de 0 a %1 minutos.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="28"/>
        <source>Only a manager or an installer may change settings.</source>
        <translation>Solo un encargado o un instalador puede cambiar los ajustes.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="30"/>
        <source>The settings could not be saved (database). Try again.</source>
        <translation>No se pudieron guardar los ajustes (base de datos). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="44"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="44"/>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="139"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="147"/>
        <source>Void window (minutes)</source>
        <translation>Plazo de anulación (minutos)</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="148"/>
        <source>How long cashiers may void their own redemptions and sales. Managers may void any entry of a day not closed.</source>
        <translation>Cuánto tiempo puede un cajero anular sus propios canjes y ventas. Un encargado puede anular cualquiera de un día sin cerrar.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="159"/>
        <source>Sign out when idle (minutes)</source>
        <translation>Cerrar sesión por inactividad (minutos)</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="160"/>
        <source>After this long without a touch, key or scan, the window asks for a PIN again. 0: never.</source>
        <translation>Tras este tiempo sin toques, teclas ni escaneos, se vuelve a pedir el PIN. 0: nunca.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="185"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="24"/>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="24"/>
        <source>Installer</source>
        <translation>Instalador</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="24"/>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="36"/>
        <source>Checking the PIN…</source>
        <translation>Comprobando el PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="39"/>
        <source>Wrong PIN. Tries left before a 30-minute lock: %1</source>
        <translation>PIN incorrecto. Intentos antes de un bloqueo de 30 minutos: %1</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="41"/>
        <source>Locked after 5 wrong PINs. Try again in %1, or ask a manager for a new PIN.</source>
        <translation>Bloqueado tras 5 PIN incorrectos. Vuelva a intentarlo en %1 o pida un PIN nuevo a un encargado.</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="44"/>
        <source>This staff member is disabled. Ask a manager.</source>
        <translation>Este miembro del personal está desactivado. Consulte a un encargado.</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="46"/>
        <source>This staff member no longer exists. Choose your name again.</source>
        <translation>Este miembro del personal ya no existe. Elija su nombre de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="48"/>
        <source>A PIN has at least 4 digits.</source>
        <translation>Un PIN tiene al menos 4 dígitos.</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="50"/>
        <source>The PIN could not be checked (database). Try again.</source>
        <translation>No se pudo comprobar el PIN (base de datos). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="53"/>
        <source>Signed out after %1 minutes without activity.</source>
        <translation>Sesión cerrada tras %1 minutos sin actividad.</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="54"/>
        <source>Choose your name.</source>
        <translation>Elija su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="55"/>
        <source>Enter your PIN and press OK.</source>
        <translation>Escriba su PIN y pulse OK.</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="99"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="167"/>
        <source>▲ Code …%1 was scanned: it is checked (not redeemed) after sign-in.</source>
        <translation>▲ Se escaneó el código …%1: se comprobará (sin canjearlo) al iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="25"/>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="25"/>
        <source>Installer</source>
        <translation>Instalador</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="25"/>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="31"/>
        <source>Type a name (at most 80 characters).</source>
        <translation>Escriba un nombre (80 caracteres como máximo).</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="33"/>
        <source>Choose a role.</source>
        <translation>Elija un rol.</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="35"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Un PIN tiene de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="37"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escriba el mismo PIN dos veces.</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="39"/>
        <source>The first member must be a manager or an installer.</source>
        <translation>El primer miembro debe ser encargado o instalador.</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="41"/>
        <source>You cannot disable yourself: ask another manager.</source>
        <translation>No puede desactivarse a sí mismo: pídaselo a otro encargado.</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="43"/>
        <source>This member no longer exists or is already disabled.</source>
        <translation>Este miembro ya no existe o ya está desactivado.</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="45"/>
        <source>Only a manager or an installer may change staff.</source>
        <translation>Solo un encargado o un instalador puede cambiar el personal.</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="47"/>
        <source>The change could not be saved (database). Try again.</source>
        <translation>No se pudo guardar el cambio (base de datos). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="65"/>
        <source>Added: they can sign in now.</source>
        <translation>Añadido: ya puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="66"/>
        <source>New PIN saved.</source>
        <translation>PIN nuevo guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="67"/>
        <source>Disabled: they can no longer sign in.</source>
        <translation>Desactivado: ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="84"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="92"/>
        <source>+ Add staff</source>
        <translation>+ Añadir personal</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="118"/>
        <source>▲ No staff set up: the terminal is open to everyone. Add a manager or an installer first; from then on everyone signs in with a PIN.</source>
        <translation>▲ Sin personal: el terminal está abierto a todos. Añada primero un encargado o un instalador; desde entonces todos entran con un PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="180"/>
        <source>✖ Disabled</source>
        <translation>✖ Desactivado</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="181"/>
        <source>⚠ Locked until %1</source>
        <translation>⚠ Bloqueado hasta las %1</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="183"/>
        <source>✔ Active</source>
        <translation>✔ Activo</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="190"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="202"/>
        <location filename="../../ui/StaffScreen.qml" line="262"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="239"/>
        <source>Disable %1?</source>
        <translation>¿Desactivar a %1?</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="247"/>
        <source>They can no longer sign in. Their past redemptions and sales stay in the records.</source>
        <translation>Ya no podrá iniciar sesión. Sus canjes y ventas anteriores se conservan en los registros.</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="255"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
