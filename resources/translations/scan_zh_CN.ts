<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../ui/CameraView.qml" line="80" />
        <source>No camera picture. Type the code or use the handheld scanner.</source>
        <translation>没有摄像头画面。请输入券码或使用扫码枪。</translation>
    </message>
    <message>
        <location filename="../../ui/CameraView.qml" line="99" />
        <source>Hold the code inside the frame</source>
        <translation>请将二维码对准取景框</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="60" />
        <source>Uses to redeem now</source>
        <translation>本次核销次数</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="101" />
        <source>%1 of %2 uses left</source>
        <translation>剩余 %1/%2 次</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="112" />
        <source>Balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="129" />
        <source>More than the balance</source>
        <translation>超过余额</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="140" />
        <source>Tick each item as you hand it over (%1 of %2)</source>
        <translation>每交付一件请勾选（%1/%2）</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="193" />
        <source>Admission %1, %2 to %3</source>
        <translation>入场时间：%1 %2 至 %3</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="197" />
        <source>Admission from %1 to %2</source>
        <translation>入场时间：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="200" />
        <source>Admission until %1</source>
        <translation>入场截止：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="201" />
        <source>Admission at any time</source>
        <translation>任何时间均可入场</translation>
    </message>
    <message>
        <location filename="../../ui/ChoicePanel.qml" line="210" />
        <source>Check the show and seat, then redeem to admit.</source>
        <translation>请核对场次和座位，然后核销入场。</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <location filename="../../ui/CodeKeypad.qml" line="70" />
        <source>Backspace</source>
        <translation>退格</translation>
    </message>
    <message>
        <location filename="../../ui/CodeKeypad.qml" line="77" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../ui/CodeKeypad.qml" line="84" />
        <source>Enter</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="74" />
        <source>Scan or type a voucher code</source>
        <translation>扫码或输入券码</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="102" />
        <source>Member code refused: %1</source>
        <translation>会员码被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="104" />
        <source>Member: %1</source>
        <translation>会员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="105" />
        <source>Member no. %1</source>
        <translation>会员号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="112" />
        <source>Remove member</source>
        <translation>移除会员</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="112" />
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="142" />
        <source>Check</source>
        <translation>查验</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="152" />
        <source>Redeem</source>
        <translation>核销</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="31" />
        <source>Ready to scan</source>
        <translation>请扫码</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="33" />
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="35" />
        <source>HOW MANY USES?</source>
        <translation>核销几次？</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="37" />
        <source>ENTER AMOUNT</source>
        <translation>输入金额</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="39" />
        <source>HAND OVER</source>
        <translation>请交付商品</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="41" />
        <source>ADMIT?</source>
        <translation>准予入场？</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="43" />
        <source>ACCEPTED</source>
        <translation>核销成功</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="43" />
        <source>VALID</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="44" />
        <source>REFUSED</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="48" />
        <source>Choose how many uses to take.</source>
        <translation>请选择本次核销的次数。</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="50" />
        <source>Enter the amount to take from the card.</source>
        <translation>请输入从卡中扣除的金额。</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="52" />
        <source>Hand over every item, then redeem.</source>
        <translation>交付全部商品后再核销。</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="54" />
        <source>Valid ticket.</source>
        <translation>票券有效。</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="61" />
        <source>Value %1</source>
        <translation>面值 %1</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="63" />
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="138" />
        <source>Camera to verdict: %1 ms</source>
        <translation>识别用时：%1 毫秒</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="173" />
        <source>Next customer in %1 s</source>
        <translation>%1 秒后接待下一位顾客</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="181" />
        <source>Next customer</source>
        <translation>下一位顾客</translation>
    </message>
    <message>
        <location filename="../../ui/VerdictPanel.qml" line="192" />
        <source>Redeem</source>
        <translation>核销</translation>
    </message>
</context>
<context>
    <name>o2o::RedemptionWorker</name>
    <message>
        <location filename="../../ui/redemptionworker.cpp" line="47" />
        <source>Balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <location filename="../../ui/redemptionworker.cpp" line="49" />
        <source>%1 of %2 uses left</source>
        <translation>剩余 %1/%2 次</translation>
    </message>
    <message>
        <location filename="../../ui/redemptionworker.cpp" line="51" />
        <source>Hand over: %1</source>
        <translation>交付：%1</translation>
    </message>
</context>
</TS>