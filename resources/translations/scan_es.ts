<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../ui/CameraView.qml" line="68" />
        <source>No camera picture. Type the code or use the handheld scanner.</source>
        <translation>Sin imagen de cámara. Escriba el código o use el lector de mano.</translation>
    </message>
    <message>
        <location filename="../../ui/CameraView.qml" line="88" />
        <source>%1 · hold the code inside the frame</source>
        <translation>%1 · mantenga el código dentro del marco</translation>
    </message>
    <message>
        <location filename="../../ui/CameraView.qml" line="89" />
        <source>Hold the code inside the frame</source>
        <translation>Mantenga el código dentro del marco</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="53" />
        <source>Uses to redeem now</source>
        <translation>Usos a canjear ahora</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="94" />
        <source>%1 of %2 uses left</source>
        <translation>Quedan %1 de %2 usos</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="105" />
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="122" />
        <source>More than the balance</source>
        <translation>Supera el saldo</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="133" />
        <source>Tick each item as you hand it over (%1 of %2)</source>
        <translation>Marque cada artículo al entregarlo (%1 de %2)</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="161" />
        <source>Admission from %1 to %2</source>
        <translation>Entrada de %1 a %2</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="164" />
        <source>Admission until %1</source>
        <translation>Entrada hasta %1</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="165" />
        <source>Admission at any time</source>
        <translation>Entrada a cualquier hora</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="174" />
        <source>Check the show and seat, then redeem to admit.</source>
        <translation>Compruebe la sesión y el asiento; después canjee para dar entrada.</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <location filename="../../ui/CodeKeypad.qml" line="69" />
        <source>Backspace</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/CodeKeypad.qml" line="76" />
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../../ui/CodeKeypad.qml" line="83" />
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="66" />
        <source>Scan or type a voucher code</source>
        <translation>Escanee o escriba un código de cupón</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="90" />
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="100" />
        <source>Redeem</source>
        <translation>Canjear</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="32" />
        <source>Ready to scan</source>
        <translation>Listo para escanear</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="34" />
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="36" />
        <source>HOW MANY USES?</source>
        <translation>¿CUÁNTOS USOS?</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="38" />
        <source>ENTER AMOUNT</source>
        <translation>INDIQUE EL IMPORTE</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="40" />
        <source>HAND OVER</source>
        <translation>ENTREGAR</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="42" />
        <source>ADMIT?</source>
        <translation>¿DAR ENTRADA?</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="44" />
        <source>ACCEPTED</source>
        <translation>ACEPTADO</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="44" />
        <source>VALID</source>
        <translation>VÁLIDO</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="45" />
        <source>REFUSED</source>
        <translation>RECHAZADO</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="49" />
        <source>Choose how many uses to take.</source>
        <translation>Elija cuántos usos descontar.</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="51" />
        <source>Enter the amount to take from the card.</source>
        <translation>Introduzca el importe a cargar en la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="53" />
        <source>Hand over every item, then redeem.</source>
        <translation>Entregue todos los artículos y después canjee.</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="55" />
        <source>Valid ticket.</source>
        <translation>Entrada válida.</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="62" />
        <source>Value %1</source>
        <translation>Valor %1</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="64" />
        <source>valid until %1</source>
        <translation>válido hasta %1</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="139" />
        <source>Camera to verdict: %1 ms</source>
        <translation>De la cámara al veredicto: %1 ms</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="167" />
        <source>Next customer in %1 s</source>
        <translation>Siguiente cliente en %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="175" />
        <source>Next customer</source>
        <translation>Siguiente cliente</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="185" />
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
</TS>