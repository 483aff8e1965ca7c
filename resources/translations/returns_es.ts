<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ReturnScreen</name>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="67"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="88"/>
        <source>Return an online order or a sale</source>
        <translation>Devolver un pedido en línea o una venta</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="102"/>
        <source>Scan or type the order&apos;s code</source>
        <translation>Escanee o escriba el código del pedido</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="111"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="121"/>
        <source>Or pick a recent sale:</source>
        <translation>O elija una venta reciente:</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="122"/>
        <source>No recent sales to return.</source>
        <translation>No hay ventas recientes que devolver.</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="209"/>
        <source>Bought: %1</source>
        <translation>Comprado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="210"/>
        <source>Bought: %1, returned: %2</source>
        <translation>Comprado: %1, devuelto: %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="230"/>
        <source>One less</source>
        <translation>Uno menos</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="248"/>
        <source>One more</source>
        <translation>Uno más</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="266"/>
        <location filename="../../ui/ReturnScreen.qml" line="376"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="273"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="281"/>
        <location filename="../../ui/ReturnScreen.qml" line="317"/>
        <source>Refund: %1</source>
        <translation>Reembolso: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="293"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="348"/>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="360"/>
        <source>Which manager?</source>
        <translation>¿Qué encargado?</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="360"/>
        <source>Who returns it?</source>
        <translation>¿Quién lo devuelve?</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="386"/>
        <source>Next customer</source>
        <translation>Siguiente cliente</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="386"/>
        <source>Return it</source>
        <translation>Devolver</translation>
    </message>
</context>
<context>
    <name>ReturnShots</name>
    <message>
        <location filename="../../ui/shots_returns.cpp" line="128"/>
        <source>Wrong order</source>
        <translation>Pedido equivocado</translation>
    </message>
    <message>
        <location filename="../../ui/shots_returns.cpp" line="148"/>
        <source>Coffee was cold</source>
        <translation>El café estaba frío</translation>
    </message>
</context>
<context>
    <name>o2o::ReturnController</name>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="48"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="55"/>
        <source>Above %1 a manager approves: the manager enters their PIN.</source>
        <translation>Por encima de %1 lo aprueba un encargado: el encargado introduce su PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="61"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="63"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="65"/>
        <source>Back on the gift card</source>
        <translation>A la tarjeta regalo</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="67"/>
        <source>Online payment</source>
        <translation>Pago en línea</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="68"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="74"/>
        <source>No order or sale with this code on this terminal.</source>
        <translation>No hay ningún pedido ni venta con este código en este terminal.</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="76"/>
        <source>This code is not an online order: void its redemption instead.</source>
        <translation>Este código no es un pedido en línea: anule su canje en su lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="78"/>
        <source>This order has not been handed over yet: cancel it instead of returning it.</source>
        <translation>Este pedido aún no se ha entregado: cancélelo en lugar de devolverlo.</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="80"/>
        <source>The platform has already refunded this order.</source>
        <translation>La plataforma ya ha reembolsado este pedido.</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="82"/>
        <source>This sale was voided: there is nothing to return.</source>
        <translation>Esta venta se anuló: no hay nada que devolver.</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="84"/>
        <source>Bought more than %1 days ago: past the return window.</source>
        <translation>Comprado hace más de %1 días: fuera del plazo de devolución.</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="86"/>
        <source>More than was bought, counting earlier returns.</source>
        <translation>Más de lo comprado, contando las devoluciones anteriores.</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="88"/>
        <source>That line is not part of this purchase.</source>
        <translation>Esa línea no forma parte de esta compra.</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="90"/>
        <source>Everything bought has been returned already.</source>
        <translation>Ya se ha devuelto todo lo comprado.</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="92"/>
        <source>Above %1 a manager must approve: choose a manager and enter their PIN.</source>
        <translation>Por encima de %1 debe aprobarlo un encargado: elija un encargado e introduzca su PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="95"/>
        <source>Returns are for cashiers and managers.</source>
        <translation>Las devoluciones las hacen cajeros y encargados.</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="97"/>
        <source>Choose at least one item to return.</source>
        <translation>Elija al menos un artículo para devolver.</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="102"/>
        <source>The return could not be recorded (%1).</source>
        <translation>No se pudo registrar la devolución (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="243"/>
        <source>Online order: %1</source>
        <translation>Pedido en línea: %1</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="244"/>
        <source>Online order: %1 · handed over %2</source>
        <translation>Pedido en línea: %1 · entregado %2</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="246"/>
        <source>Sale of %1</source>
        <translation>Venta de %1</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="369"/>
        <source>Returned: %1 refunded.</source>
        <translation>Devuelto: %1 reembolsado.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="38"/>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
</context>
</TS>
