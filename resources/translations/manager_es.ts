<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CloseDayScreen</name>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="50"/>
        <source>Close the day: %1</source>
        <translation>Cerrar el día: %1</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="59"/>
        <source>%1 events still wait to upload to the platform. Closing now needs a reason, which is recorded.</source>
        <translation>%1 eventos esperan subir a la plataforma. Para cerrar ahora hace falta un motivo, que queda registrado.</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="60"/>
        <source>Everything is uploaded.</source>
        <translation>Todo está subido.</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="75"/>
        <source>Which manager?</source>
        <translation>¿Qué encargado?</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="84"/>
        <source>Reason to close with events waiting</source>
        <translation>Motivo para cerrar con eventos pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="91"/>
        <source>Checking the PIN…</source>
        <translation>Comprobando el PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="105"/>
        <source>Close the day</source>
        <translation>Cerrar el día</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="134"/>
        <source>%1 is closed</source>
        <translation>%1 está cerrado</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="148"/>
        <source>Closed at</source>
        <translation>Cerrado a las</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="149"/>
        <source>Redemptions</source>
        <translation>Canjes</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="149"/>
        <location filename="../../ui/CloseDayScreen.qml" line="150"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="150"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="151"/>
        <source>Voids</source>
        <translation>Anulaciones</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="152"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="153"/>
        <source>Events waiting at the close</source>
        <translation>Eventos pendientes al cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="154"/>
        <source>Z report SHA-256</source>
        <translation>SHA-256 del informe Z</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="179"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../ui/ConflictsScreen.qml" line="27"/>
        <source>Conflicts: %1</source>
        <translation>Conflictos: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictsScreen.qml" line="51"/>
        <source>No conflicts. When the platform finds that another terminal redeemed a voucher first, it shows here with what to do.</source>
        <translation>No hay conflictos. Si la plataforma detecta que otro terminal canjeó antes un cupón, aparecerá aquí con lo que hay que hacer.</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictsScreen.qml" line="86"/>
        <source>What happened: %1</source>
        <translation>Qué pasó: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictsScreen.qml" line="92"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictsScreen.qml" line="99"/>
        <source>Reported by the platform at %1</source>
        <translation>Notificado por la plataforma a las %1</translation>
    </message>
</context>
<context>
    <name>DayScreen</name>
    <message>
        <location filename="../../ui/DayScreen.qml" line="44"/>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="51"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="64"/>
        <source>Redemptions: %1 · %2</source>
        <translation>Canjes: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="65"/>
        <source>Sales: %1 · %2</source>
        <translation>Ventas: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="66"/>
        <location filename="../../ui/DayScreen.qml" line="213"/>
        <source>Voided: %1</source>
        <translation>Anulado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="110"/>
        <source>Last 4 of code</source>
        <translation>Últimos 4 del código</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="148"/>
        <source>Nothing matches these filters.</source>
        <translation>Nada coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="148"/>
        <source>Nothing recorded today yet.</source>
        <translation>Todavía no hay nada registrado hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="167"/>
        <source>%1 uses</source>
        <translation>%1 usos</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="230"/>
        <source>Void…</source>
        <translation>Anular…</translation>
    </message>
</context>
<context>
    <name>ManagerPinPad</name>
    <message>
        <location filename="../../ui/ManagerPinPad.qml" line="25"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/ManagerPinPad.qml" line="43"/>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location filename="../../ui/ManagerPinPad.qml" line="43"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>ManagerShots</name>
    <message>
        <location filename="../../ui/shots_manager.cpp" line="137"/>
        <source>Customer changed their mind</source>
        <translation>El cliente cambió de opinión</translation>
    </message>
    <message>
        <location filename="../../ui/shots_manager.cpp" line="287"/>
        <source>Network down since noon; synced later</source>
        <translation>Sin red desde mediodía; se sincroniza después</translation>
    </message>
</context>
<context>
    <name>ManagerWords</name>
    <message>
        <location filename="../../ui/managerwords.cpp" line="15"/>
        <source>Wrong PIN. %1 tries left before this person is locked out.</source>
        <translation>PIN incorrecto. Quedan %1 intentos antes del bloqueo.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="16"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="18"/>
        <source>Too many wrong PINs: locked until %1.</source>
        <translation>Demasiados PIN incorrectos: bloqueado hasta las %1.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="19"/>
        <source>Too many wrong PINs: this person is locked out for now.</source>
        <translation>Demasiados PIN incorrectos: esta persona está bloqueada por ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="21"/>
        <source>This person may not do that: a manager must enter their PIN.</source>
        <translation>Esta persona no puede hacerlo: un encargado debe introducir su PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="24"/>
        <source>A cashier may void only within %1 minutes of the sale or redemption: ask a manager.</source>
        <translation>Un cajero solo puede anular en los %1 minutos siguientes a la venta o el canje: pida ayuda a un encargado.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="27"/>
        <source>Too late for a cashier to void this: ask a manager.</source>
        <translation>Es tarde para que un cajero lo anule: pida ayuda a un encargado.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="29"/>
        <source>This was already voided.</source>
        <translation>Ya estaba anulado.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="31"/>
        <source>Its day is closed: nothing of a closed day can be voided.</source>
        <translation>Su día está cerrado: nada de un día cerrado se puede anular.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="33"/>
        <source>This entry is not on this terminal.</source>
        <translation>Este registro no está en este terminal.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="35"/>
        <source>%1 events still wait to upload. Retry the sync first, or give a reason to close anyway.</source>
        <translation>%1 eventos esperan subir. Reintente la sincronización o indique un motivo para cerrar igualmente.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="38"/>
        <source>This day is already closed.</source>
        <translation>Este día ya está cerrado.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="40"/>
        <source>This day has not started yet.</source>
        <translation>Este día aún no ha empezado.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="42"/>
        <source>Give a reason.</source>
        <translation>Indique un motivo.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="44"/>
        <source>Enter the PIN.</source>
        <translation>Introduzca el PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="46"/>
        <source>Choose who you are.</source>
        <translation>Elija quién es usted.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="48"/>
        <source>No staff member has been set up on this terminal yet.</source>
        <translation>Todavía no hay personal configurado en este terminal.</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="49"/>
        <source>Refused (%1).</source>
        <translation>Rechazado (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="54"/>
        <source>Deal</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="56"/>
        <source>Pass</source>
        <translation>Bono</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="58"/>
        <source>Gift card</source>
        <translation>Tarjeta regalo</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="60"/>
        <source>Pickup order</source>
        <translation>Pedido para recoger</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="62"/>
        <source>Ticket</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="64"/>
        <source>Platform code</source>
        <translation>Código de plataforma</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="66"/>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="68"/>
        <source>All vouchers</source>
        <translation>Todos los cupones</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="74"/>
        <source>manager</source>
        <translation>encargado</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="76"/>
        <source>installer</source>
        <translation>instalador</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="77"/>
        <source>cashier</source>
        <translation>cajero</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="45"/>
        <source>Day report: %1</source>
        <translation>Informe del día: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="52"/>
        <source>%1 redemptions (%2), %3 sales (%4), %5 voided.</source>
        <translation>%1 canjes (%2), %3 ventas (%4), %5 anulados.</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="61"/>
        <source>Save to folder</source>
        <translation>Guardar en la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="72"/>
        <source>A folder on this terminal or a USB stick</source>
        <translation>Una carpeta de este terminal o de una memoria USB</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="84"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="92"/>
        <source>Save as CSV (spreadsheet)</source>
        <translation>Guardar como CSV (hoja de cálculo)</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="100"/>
        <location filename="../../ui/ReportsScreen.qml" line="233"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="102"/>
        <location filename="../../ui/ReportsScreen.qml" line="235"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="116"/>
        <source>Campaigns: %1 to %2</source>
        <translation>Campañas: del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="133"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="133"/>
        <source>Last %1 days</source>
        <translation>Últimos %1 días</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="187"/>
        <source>Redemptions: %1 · sales: %2 · spend: %3</source>
        <translation>Canjes: %1 · ventas: %2 · gasto: %3</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="150"/>
        <source>No voucher of a campaign was redeemed in this period.</source>
        <translation>En este periodo no se canjeó ningún cupón de una campaña.</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="194"/>
        <source>Members: %1 new, %2 returning</source>
        <translation>Miembros: %1 nuevos, %2 recurrentes</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="195"/>
        <source>busiest hour %1</source>
        <translation>hora punta %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="211"/>
        <source>Save campaigns as PDF</source>
        <translation>Guardar campañas en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="222"/>
        <source>Save campaigns as CSV</source>
        <translation>Guardar campañas en CSV</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="16"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="36"/>
        <source>Sync with the platform</source>
        <translation>Sincronización con la plataforma</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="45"/>
        <source>Background sync is not running in this window: nothing is uploaded or downloaded until the terminal is started with sync on.</source>
        <translation>La sincronización en segundo plano no está activa en esta ventana: no se sube ni se descarga nada hasta que el terminal se inicie con la sincronización activada.</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="47"/>
        <source>This terminal is not enrolled with a platform yet: an installer enrolls it.</source>
        <translation>Este terminal aún no está registrado en una plataforma: lo registra un instalador.</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="48"/>
        <source>Background sync is running with %1.</source>
        <translation>La sincronización en segundo plano está activa con %1.</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="67"/>
        <source>Last upload</source>
        <translation>Última subida</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="68"/>
        <source>Last download</source>
        <translation>Última descarga</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="69"/>
        <source>Platform last answered</source>
        <translation>Última respuesta de la plataforma</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="70"/>
        <source>Events waiting to upload</source>
        <translation>Eventos pendientes de subir</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="71"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="72"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="73"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="74"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="104"/>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="56"/>
        <source>Void</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="75"/>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="86"/>
        <source>Who voids?</source>
        <translation>¿Quién anula?</translation>
    </message>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="93"/>
        <source>Checking the PIN…</source>
        <translation>Comprobando el PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="110"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="110"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="121"/>
        <source>Void it</source>
        <translation>Anular</translation>
    </message>
</context>
<context>
    <name>o2o::CampaignController</name>
    <message>
        <location filename="../../ui/campaigncontroller.cpp" line="135"/>
        <source>The campaign report cannot be read: %1</source>
        <translation>No se puede leer el informe de campañas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigncontroller.cpp" line="166"/>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigncontroller.cpp" line="170"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>o2o::CloseDayController</name>
    <message>
        <location filename="../../ui/closedaycontroller.cpp" line="112"/>
        <source>The day could not be closed: %1</source>
        <translation>No se pudo cerrar el día: %1</translation>
    </message>
    <message>
        <location filename="../../ui/closedaycontroller.cpp" line="139"/>
        <source>Day closed. The Z report is stored and queued for the platform.</source>
        <translation>Día cerrado. El informe Z está guardado y en cola para la plataforma.</translation>
    </message>
</context>
<context>
    <name>o2o::DayController</name>
    <message>
        <location filename="../../ui/daycontroller.cpp" line="135"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../ui/daycontroller.cpp" line="189"/>
        <source>The day&apos;s entries cannot be read: %1</source>
        <translation>No se pueden leer los registros del día: %1</translation>
    </message>
    <message>
        <location filename="../../ui/daycontroller.cpp" line="205"/>
        <source>All cashiers</source>
        <translation>Todos los cajeros</translation>
    </message>
    <message>
        <location filename="../../ui/daycontroller.cpp" line="245"/>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/daycontroller.cpp" line="249"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>o2o::SyncDashboardController</name>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="105"/>
        <source>Redeemed here at %1 by %2, but terminal %3 had redeemed the same voucher first, at %4. The platform counts only the first redemption.</source>
        <translation>Canjeado aquí a las %1 por %2, pero el terminal %3 ya había canjeado el mismo cupón a las %4. La plataforma solo cuenta el primer canje.</translation>
    </message>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="111"/>
        <source>Nothing left to do: this redemption is voided.</source>
        <translation>No queda nada por hacer: este canje está anulado.</translation>
    </message>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="112"/>
        <source>Check with the customer and the other counter. If nothing was handed over here, void this redemption; otherwise the store carries it: tell the platform, quoting redemption %1.</source>
        <translation>Hable con el cliente y con el otro mostrador. Si aquí no se entregó nada, anule este canje; si no, lo asume la tienda: avise a la plataforma citando el canje %1.</translation>
    </message>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="131"/>
        <source>Last sync cycle completed.</source>
        <translation>El último ciclo de sincronización terminó bien.</translation>
    </message>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="133"/>
        <source>Last sync cycle: this terminal is not enrolled.</source>
        <translation>Último ciclo de sincronización: este terminal no está registrado.</translation>
    </message>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="134"/>
        <source>Last sync cycle failed: see the error below.</source>
        <translation>El último ciclo de sincronización falló: vea el error abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="170"/>
        <source>Syncing now…</source>
        <translation>Sincronizando…</translation>
    </message>
</context>
<context>
    <name>o2o::VoidController</name>
    <message>
        <location filename="../../ui/voidcontroller.cpp" line="58"/>
        <source>The void could not be recorded: %1</source>
        <translation>No se pudo registrar la anulación: %1</translation>
    </message>
    <message>
        <location filename="../../ui/voidcontroller.cpp" line="69"/>
        <source>Voided: what it took is back on the voucher.</source>
        <translation>Anulado: lo que se descontó vuelve al cupón.</translation>
    </message>
</context>
</TS>
