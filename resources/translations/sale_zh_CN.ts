<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="28"/>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
</context>
<context>
    <name>SaleController</name>
    <message>
        <location filename="../../ui/salemodels.cpp" line="183"/>
        <source>Minimum spend %1.</source>
        <translation>最低消费 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/salemodels.cpp" line="186"/>
        <source>Balance %1.</source>
        <translation>余额 %1。</translation>
    </message>
</context>
<context>
    <name>SaleLineRow</name>
    <message>
        <location filename="../../ui/SaleLineRow.qml" line="44"/>
        <source>%1 each</source>
        <translation>单价 %1</translation>
    </message>
    <message>
        <location filename="../../ui/SaleLineRow.qml" line="57"/>
        <source>One less</source>
        <translation>减一</translation>
    </message>
    <message>
        <location filename="../../ui/SaleLineRow.qml" line="74"/>
        <source>One more</source>
        <translation>加一</translation>
    </message>
    <message>
        <location filename="../../ui/SaleLineRow.qml" line="91"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>SalePaymentDialog</name>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="46"/>
        <source>To pay</source>
        <translation>应付</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="62"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="63"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="64"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="85"/>
        <source>Cash given</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="95"/>
        <source>Exact amount</source>
        <translation>金额正好</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="122"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="150"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="160"/>
        <source>Confirm payment</source>
        <translation>确认付款</translation>
    </message>
</context>
<context>
    <name>SaleReceiptView</name>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="18"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="19"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="20"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="66"/>
        <source>Sale %1 · Cashier %2</source>
        <translation>销售单 %1 · 收银员 %2</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="81"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="92"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="95"/>
        <source>Vouchers</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="98"/>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="101"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="107"/>
        <source>Gift card</source>
        <translation>礼品卡</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="117"/>
        <source>Cash given</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="122"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="137"/>
        <source>Sale recorded</source>
        <translation>销售已记录</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="148"/>
        <source>Change: %1</source>
        <translation>找零：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/SaleReceiptView.qml" line="157"/>
        <source>%n voucher(s) scanned during the payment wait for the next sale.</source>
        <translation>
            <numerusform>付款期间扫描的 %n 张券将用于下一笔销售。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="169"/>
        <source>New sale</source>
        <translation>新销售</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="21"/>
        <source>The terminal&apos;s database did not answer. Nothing was sold; try again.</source>
        <translation>终端数据库没有响应。未完成销售，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="23"/>
        <source>Sign in as an active member of staff to sell.</source>
        <translation>请以在职员工身份登录后再销售。</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="25"/>
        <source>The cash given is less than the amount to pay.</source>
        <translation>实收现金少于应付金额。</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="27"/>
        <source>A voucher was refused when the sale was recorded. Nothing was sold: check the vouchers.</source>
        <translation>记录销售时有一张券被拒绝。未完成销售：请检查优惠券。</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="120"/>
        <source>The catalog is empty: the platform sends it with the next sync.</source>
        <translation>商品目录为空：平台会在下次同步时发送。</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="142"/>
        <source>Scan or type a voucher</source>
        <translation>扫描或输入优惠券</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="152"/>
        <source>Apply</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="197"/>
        <source>Tap a product to start the sale. Scan vouchers at any time.</source>
        <translation>点选商品开始销售。随时可以扫描优惠券。</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="227"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="237"/>
        <source>Pay %1</source>
        <translation>收款 %1</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="29"/>
        <source>The member code was refused when the sale was recorded. Nothing was sold: sell again without the member or scan another code.</source>
        <translation>记录销售时会员码被拒绝。未完成销售：请不带会员重新销售，或扫描其他会员码。</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="184"/>
        <source>Member code refused: %1</source>
        <translation>会员码被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="186"/>
        <source>Member: %1</source>
        <translation>会员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="187"/>
        <source>Member no. %1</source>
        <translation>会员号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="193"/>
        <source>Remove member</source>
        <translation>移除会员</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="193"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SaleTotalsPanel</name>
    <message>
        <location filename="../../ui/SaleTotalsPanel.qml" line="24"/>
        <location filename="../../ui/SaleTotalsPanel.qml" line="30"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../ui/SaleTotalsPanel.qml" line="25"/>
        <location filename="../../ui/SaleTotalsPanel.qml" line="40"/>
        <source>Vouchers</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../ui/SaleTotalsPanel.qml" line="26"/>
        <location filename="../../ui/SaleTotalsPanel.qml" line="53"/>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../../ui/SaleTotalsPanel.qml" line="27"/>
        <location filename="../../ui/SaleTotalsPanel.qml" line="63"/>
        <source>Paid by gift card</source>
        <translation>礼品卡支付</translation>
    </message>
    <message>
        <location filename="../../ui/SaleTotalsPanel.qml" line="77"/>
        <source>To pay</source>
        <translation>应付</translation>
    </message>
</context>
<context>
    <name>SaleVoucherRow</name>
    <message>
        <location filename="../../ui/SaleVoucherRow.qml" line="48"/>
        <source>Voucher</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../ui/SaleVoucherRow.qml" line="56"/>
        <source>Pays %1</source>
        <translation>支付 %1</translation>
    </message>
    <message>
        <location filename="../../ui/SaleVoucherRow.qml" line="57"/>
        <source>Discount −%1</source>
        <translation>优惠 −%1</translation>
    </message>
    <message>
        <location filename="../../ui/SaleVoucherRow.qml" line="58"/>
        <source>Applied once the sale has an item</source>
        <translation>添加商品后生效</translation>
    </message>
    <message>
        <location filename="../../ui/SaleVoucherRow.qml" line="59"/>
        <source>Refused:</source>
        <translation>已拒绝：</translation>
    </message>
    <message>
        <location filename="../../ui/SaleVoucherRow.qml" line="71"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
</TS>
