<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReturnScreen</name>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="67"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="88"/>
        <source>Return an online order or a sale</source>
        <translation>退回线上订单或店内销售</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="102"/>
        <source>Scan or type the order&apos;s code</source>
        <translation>扫描或输入订单码</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="111"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="121"/>
        <source>Or pick a recent sale:</source>
        <translation>或选择最近的一笔销售：</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="122"/>
        <source>No recent sales to return.</source>
        <translation>没有可退货的近期销售。</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="209"/>
        <source>Bought: %1</source>
        <translation>已购：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="210"/>
        <source>Bought: %1, returned: %2</source>
        <translation>已购：%1，已退：%2</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="230"/>
        <source>One less</source>
        <translation>减一</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="248"/>
        <source>One more</source>
        <translation>加一</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="266"/>
        <location filename="../../ui/ReturnScreen.qml" line="376"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="273"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="281"/>
        <location filename="../../ui/ReturnScreen.qml" line="317"/>
        <source>Refund: %1</source>
        <translation>退款：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="293"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="348"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="360"/>
        <source>Which manager?</source>
        <translation>哪位经理？</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="360"/>
        <source>Who returns it?</source>
        <translation>由谁办理退货？</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="386"/>
        <source>Next customer</source>
        <translation>下一位顾客</translation>
    </message>
    <message>
        <location filename="../../ui/ReturnScreen.qml" line="386"/>
        <source>Return it</source>
        <translation>确认退货</translation>
    </message>
</context>
<context>
    <name>ReturnShots</name>
    <message>
        <location filename="../../ui/shots_returns.cpp" line="128"/>
        <source>Wrong order</source>
        <translation>订单有误</translation>
    </message>
    <message>
        <location filename="../../ui/shots_returns.cpp" line="148"/>
        <source>Coffee was cold</source>
        <translation>咖啡是凉的</translation>
    </message>
</context>
<context>
    <name>o2o::ReturnController</name>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="48"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="55"/>
        <source>Above %1 a manager approves: the manager enters their PIN.</source>
        <translation>超过 %1 需经理批准：请经理输入其 PIN。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="61"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="63"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="65"/>
        <source>Back on the gift card</source>
        <translation>退回礼品卡</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="67"/>
        <source>Online payment</source>
        <translation>线上支付</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="68"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="74"/>
        <source>No order or sale with this code on this terminal.</source>
        <translation>此终端上没有该代码对应的订单或销售。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="76"/>
        <source>This code is not an online order: void its redemption instead.</source>
        <translation>此代码不是线上订单：请改为撤销其核销。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="78"/>
        <source>This order has not been handed over yet: cancel it instead of returning it.</source>
        <translation>此订单尚未交付：请取消订单，而不是退货。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="80"/>
        <source>The platform has already refunded this order.</source>
        <translation>平台已为此订单退款。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="82"/>
        <source>This sale was voided: there is nothing to return.</source>
        <translation>此销售已撤销：没有可退的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="84"/>
        <source>Bought more than %1 days ago: past the return window.</source>
        <translation>购买已超过 %1 天：已过退货期限。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="86"/>
        <source>More than was bought, counting earlier returns.</source>
        <translation>超过购买数量（已计入之前的退货）。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="88"/>
        <source>That line is not part of this purchase.</source>
        <translation>该商品不在此次购买中。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="90"/>
        <source>Everything bought has been returned already.</source>
        <translation>所购商品已全部退回。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="92"/>
        <source>Above %1 a manager must approve: choose a manager and enter their PIN.</source>
        <translation>超过 %1 必须由经理批准：请选择经理并输入其 PIN。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="95"/>
        <source>Returns are for cashiers and managers.</source>
        <translation>只有收银员和经理可以办理退货。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="97"/>
        <source>Choose at least one item to return.</source>
        <translation>请至少选择一件要退的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="102"/>
        <source>The return could not be recorded (%1).</source>
        <translation>无法记录此次退货（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="243"/>
        <source>Online order: %1</source>
        <translation>线上订单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="244"/>
        <source>Online order: %1 · handed over %2</source>
        <translation>线上订单：%1 · 交付于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="246"/>
        <source>Sale of %1</source>
        <translation>%1 的销售</translation>
    </message>
    <message>
        <location filename="../../ui/returncontroller.cpp" line="369"/>
        <source>Returned: %1 refunded.</source>
        <translation>已退货：退款 %1。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="38"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
</context>
</TS>
