<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="74" />
        <source>Scan or type a voucher code</source>
        <translation>Escanee o escriba un código de cupón</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="102" />
        <source>Member code refused: %1</source>
        <translation>Código de socio rechazado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="104" />
        <source>Member: %1</source>
        <translation>Socio: %1</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="105" />
        <source>Member no. %1</source>
        <translation>Socio n.º %1</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="112" />
        <source>Remove member</source>
        <translation>Quitar socio</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="112" />
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="142" />
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="152" />
        <source>Redeem</source>
        <translation>Canjear</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="18" />
        <source>O2O Redemption Terminal</source>
        <translation>Terminal de canje O2O</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="37" />
        <source>Counter</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="38" />
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="39" />
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="40" />
        <source>Today's redemptions and sales</source>
        <translation>Canjes y ventas de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="41" />
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="42" />
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="43" />
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="44" />
        <source>Close the day</source>
        <translation>Cerrar el día</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="45" />
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="46" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="47" />
        <source>Setup wizard</source>
        <translation>Asistente de instalación</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="48" />
        <source>Self-test</source>
        <translation>Autodiagnóstico</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="27" />
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="28" />
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="30" />
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="31" />
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="33" />
        <source>tomorrow at %1</source>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="34" />
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="36" />
        <source>d MMM yyyy</source>
        <extracomment>A date format for QDate::toString: 3 Nov 2026</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="38" />
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="39" />
        <source>on %1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="40" />
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="54" />
        <source>Already used %1 on this terminal</source>
        <translation>Ya utilizado %1 en este terminal</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="55" />
        <source>No uses left: last used %1 on this terminal</source>
        <translation>Sin usos restantes: último uso %1 en este terminal</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="58" />
        <source>Already used %1 on this terminal by %2</source>
        <translation>Ya utilizado %1 en este terminal por %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="59" />
        <source>No uses left: last used %1 on this terminal by %2</source>
        <translation>Sin usos restantes: último uso %1 en este terminal por %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="62" />
        <source>Already used %1 on terminal %2</source>
        <translation>Ya utilizado %1 en el terminal %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="63" />
        <source>No uses left: last used %1 on terminal %2</source>
        <translation>Sin usos restantes: último uso %1 en el terminal %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="66" />
        <source>Already used %1 on terminal %2 by %3</source>
        <translation>Ya utilizado %1 en el terminal %2 por %3</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="67" />
        <source>No uses left: last used %1 on terminal %2 by %3</source>
        <translation>Sin usos restantes: último uso %1 en el terminal %2 por %3</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="70" />
        <source>%1 (not yet uploaded)</source>
        <translation>%1 (aún sin subir a la plataforma)</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="78" />
        <source>Only valid %1</source>
        <translation>Solo válido en el horario %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="84" />
        <source>, </source>
        <extracomment>Between the names of weekdays in a list</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="86" />
        <source>Only valid on %1</source>
        <translation>Solo válido los días %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="87" />
        <source>Only valid on %1, %2</source>
        <translation>Solo válido los días %1, en el horario %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="93" />
        <source>Offline limit reached: %1 redemptions without the platform</source>
        <translation>Límite sin conexión alcanzado: %1 canjes sin la plataforma</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="96" />
        <source>Offline limit reached: %1 without the platform</source>
        <translation>Límite sin conexión alcanzado: %1 sin la plataforma</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="100" />
        <source>Offline limit reached: never synced with the platform</source>
        <translation>Límite sin conexión alcanzado: nunca se ha sincronizado con la plataforma</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="101" />
        <source>Offline limit reached: %1 hours without the platform</source>
        <translation>Límite sin conexión alcanzado: %1 horas sin la plataforma</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="138" />
        <source>Already used, according to the platform</source>
        <translation>Ya utilizado, según la plataforma</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="139" />
        <source>No uses left, according to the platform</source>
        <translation>Sin usos restantes, según la plataforma</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="142" />
        <source>Expired %1</source>
        <translation>Caducado %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="147" />
        <source>Valid from %1</source>
        <translation>Válido desde %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="154" />
        <source>Minimum spend %1, the purchase is %2</source>
        <translation>Gasto mínimo %1, la compra es de %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="157" />
        <source>Minimum spend %1</source>
        <translation>Gasto mínimo %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="160" />
        <source>Balance %1, less than %2</source>
        <translation>Saldo %1, menos de %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="163" />
        <source>Uses left: %1, asked: %2</source>
        <translation>Usos restantes: %1, solicitados: %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="166" />
        <source>The card is in %1, not %2</source>
        <translation>La tarjeta está en %1, no en %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="171" />
        <source>For store %1 only</source>
        <translation>Solo para la tienda %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="173" />
        <source>For stores %1 only</source>
        <translation>Solo para las tiendas %1</translation>
    </message>
</context>
<context>
    <name>ScanNotice</name>
    <message>
        <location filename="../../ui/ScanNotice.qml" line="36" />
        <source>Scanned code is valid.</source>
        <translation>El código escaneado es válido.</translation>
    </message>
    <message>
        <location filename="../../ui/ScanNotice.qml" line="35" />
        <source>%1 It is on the counter, not redeemed.</source>
        <translation>%1 Está en el mostrador, sin canjear.</translation>
    </message>
    <message>
        <location filename="../../ui/ScanNotice.qml" line="42" />
        <source>Open the counter</source>
        <translation>Abrir el mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/ScanNotice.qml" line="51" />
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/StatusBar.qml" line="42" />
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="46" />
        <source>O2O Redemption Terminal</source>
        <translation>Terminal de canje O2O</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="53" />
        <source>Store: %1</source>
        <translation>Tienda: %1</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="53" />
        <source>not set</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="63" />
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="64" />
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="65" />
        <source>Video %1</source>
        <translation>Vídeo %1</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="117" />
        <source>The clock is behind the platform's time: ask the installer</source>
        <translation>El reloj va por detrás de la hora de la plataforma: avise al instalador</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/StatusBar.qml" line="129" />
        <source>%n waiting to upload</source>
        <translation>
            <numerusform>%n pendiente de enviar</numerusform>
            <numerusform>%n pendientes de enviar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../core/verdict.cpp" line="17" />
        <source>Accepted.</source>
        <translation>Aceptado.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="18" />
        <source>This code is not known here.</source>
        <translation>Este código no se conoce aquí.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="20" />
        <source>This is not a voucher code. Scan again.</source>
        <translation>Esto no es un código de cupón. Escanee de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="21" />
        <source>Already used.</source>
        <translation>Ya utilizado.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="22" />
        <source>No uses left on this pass.</source>
        <translation>Este bono no tiene usos restantes.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="24" />
        <source>Not enough balance on this card.</source>
        <translation>Saldo insuficiente en esta tarjeta.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="25" />
        <source>Not valid yet.</source>
        <translation>Todavía no es válido.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="26" />
        <source>Expired.</source>
        <translation>Caducado.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="27" />
        <source>Not valid in this store.</source>
        <translation>No es válido en esta tienda.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="28" />
        <source>Not valid at this day or hour.</source>
        <translation>No es válido este día o a esta hora.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="30" />
        <source>The purchase is below the minimum spend.</source>
        <translation>La compra no llega al gasto mínimo.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="31" />
        <source>Cancelled by the platform.</source>
        <translation>Anulado por la plataforma.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="33" />
        <source>This code needs the network, which is down.</source>
        <translation>Este código necesita la red, que no está disponible.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="35" />
        <source>Offline limit reached: wait for the network.</source>
        <translation>Límite sin conexión alcanzado: espere a que vuelva la red.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="37" />
        <source>The terminal clock is wrong. Call the manager.</source>
        <translation>El reloj del terminal no es correcto. Llame al encargado.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="38" />
        <source>Fake or altered code.</source>
        <translation>Código falso o alterado.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="40" />
        <source>Code signed by an unknown key. Sync, then try again.</source>
        <translation>Código firmado con una clave desconocida. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="42" />
        <source>Old screenshot: ask for the live code on the phone.</source>
        <translation>Captura antigua: pida el código en vivo del móvil.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="43" />
        <source>Refunded: no longer valid.</source>
        <translation>Reembolsado: ya no es válido.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="45" />
        <source>The pass has fewer uses left than asked.</source>
        <translation>Al bono le quedan menos usos de los pedidos.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="47" />
        <source>Enter the amount to take from the card.</source>
        <translation>Introduzca el importe a cargar en la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="49" />
        <source>The card is in another currency.</source>
        <translation>La tarjeta está en otra moneda.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="31" />
        <source>Ready to scan</source>
        <translation>Listo para escanear</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="33" />
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="35" />
        <source>HOW MANY USES?</source>
        <translation>¿CUÁNTOS USOS?</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="37" />
        <source>ENTER AMOUNT</source>
        <translation>INDIQUE EL IMPORTE</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="39" />
        <source>HAND OVER</source>
        <translation>ENTREGAR</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="41" />
        <source>ADMIT?</source>
        <translation>¿DAR ENTRADA?</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="43" />
        <source>ACCEPTED</source>
        <translation>ACEPTADO</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="43" />
        <source>VALID</source>
        <translation>VÁLIDO</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="44" />
        <source>REFUSED</source>
        <translation>RECHAZADO</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="48" />
        <source>Choose how many uses to take.</source>
        <translation>Elija cuántos usos descontar.</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="50" />
        <source>Enter the amount to take from the card.</source>
        <translation>Introduzca el importe a cargar en la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="52" />
        <source>Hand over every item, then redeem.</source>
        <translation>Entregue todos los artículos y después canjee.</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="54" />
        <source>Valid ticket.</source>
        <translation>Entrada válida.</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="61" />
        <source>Value %1</source>
        <translation>Valor %1</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="63" />
        <source>valid until %1</source>
        <translation>válido hasta %1</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="138" />
        <source>Camera to verdict: %1 ms</source>
        <translation>De la cámara al veredicto: %1 ms</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="173" />
        <source>Next customer in %1 s</source>
        <translation>Siguiente cliente en %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="181" />
        <source>Next customer</source>
        <translation>Siguiente cliente</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="192" />
        <source>Redeem</source>
        <translation>Canjear</translation>
    </message>
</context>
<context>
    <name>o2o::RedemptionWorker</name>
    <message>
        <location filename="../../ui/redemptionworker.cpp" line="47" />
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <location filename="../../ui/redemptionworker.cpp" line="49" />
        <source>%1 of %2 uses left</source>
        <translation>Quedan %1 de %2 usos</translation>
    </message>
    <message>
        <location filename="../../ui/redemptionworker.cpp" line="51" />
        <source>Hand over: %1</source>
        <translation>Entregar: %1</translation>
    </message>
</context>
<context>
    <name>o2o::SyncStatusController</name>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="28" />
        <source>Downloading the platform's data</source>
        <translation>Descargando los datos de la plataforma</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="30" />
        <source>data from %1</source>
        <translation>datos de las %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="32" />
        <location filename="../../ui/syncstatuscontroller.cpp" line="42" />
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="32" />
        <source>Online · %1</source>
        <translation>En línea · %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="35" />
        <location filename="../../ui/syncstatuscontroller.cpp" line="36" />
        <source>Offline · %1</source>
        <translation>Sin conexión · %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="36" />
        <location filename="../../ui/syncstatuscontroller.cpp" line="42" />
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="41" />
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="66" />
        <source>No data from the platform yet</source>
        <translation>Aún sin datos de la plataforma</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="68" />
        <source>Offline limit reached: redemptions need the platform</source>
        <translation>Límite sin conexión alcanzado: los canjes necesitan la plataforma</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/syncstatuscontroller.cpp" line="74" />
        <source>Data %n min old</source>
        <translation>
            <numerusform>Datos de hace %n min</numerusform>
            <numerusform>Datos de hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/syncstatuscontroller.cpp" line="76" />
        <source>Data %n h old</source>
        <translation>
            <numerusform>Datos de hace %n h</numerusform>
            <numerusform>Datos de hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/syncstatuscontroller.cpp" line="77" />
        <source>Data %n days old</source>
        <translation>
            <numerusform>Datos de hace %n día</numerusform>
            <numerusform>Datos de hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="151" />
        <source>not enrolled</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="151" />
        <source>no platform</source>
        <translation>sin plataforma</translation>
    </message>
</context>
</TS>