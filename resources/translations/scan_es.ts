<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../ui/CameraView.qml" line="80" />
        <source>No camera picture. Type the code or use the handheld scanner.</source>
        <translation>Sin imagen de cámara. Escriba el código o use el lector de mano.</translation>
    </message>
    <message>
        <location filename="../../ui/CameraView.qml" line="99" />
        <source>Hold the code inside the frame</source>
        <translation>Mantenga el código dentro del marco</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="60" />
        <source>Uses to redeem now</source>
        <translation>Usos a canjear ahora</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="101" />
        <source>%1 of %2 uses left</source>
        <translation>Quedan %1 de %2 usos</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="112" />
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="129" />
        <source>More than the balance</source>
        <translation>Supera el saldo</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="140" />
        <source>Tick each item as you hand it over (%1 of %2)</source>
        <translation>Marque cada artículo al entregarlo (%1 de %2)</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="193" />
        <source>Admission %1, %2 to %3</source>
        <translation>Entrada el %1, de %2 a %3</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="197" />
        <source>Admission from %1 to %2</source>
        <translation>Entrada de %1 a %2</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="200" />
        <source>Admission until %1</source>
        <translation>Entrada hasta %1</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="201" />
        <source>Admission at any time</source>
        <translation>Entrada a cualquier hora</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="210" />
        <source>Check the show and seat, then redeem to admit.</source>
        <translation>Compruebe la sesión y el asiento; después canjee para dar entrada.</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <location filename="../../ui/CodeKeypad.qml" line="70" />
        <source>Backspace</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/CodeKeypad.qml" line="77" />
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../../ui/CodeKeypad.qml" line="84" />
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="74" />
        <source>Scan or type a voucher code</source>
        <translation>Escanee o escriba el código</translation>
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
</TS>