<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="28"/>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
</context>
<context>
    <name>SaleController</name>
    <message>
        <location filename="../../ui/salemodels.cpp" line="183"/>
        <source>Minimum spend %1.</source>
        <translation>Gasto mínimo: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/salemodels.cpp" line="186"/>
        <source>Balance %1.</source>
        <translation>Saldo: %1.</translation>
    </message>
</context>
<context>
    <name>SaleLineRow</name>
    <message>
        <location filename="../../ui/SaleLineRow.qml" line="44"/>
        <source>%1 each</source>
        <translation>%1 c/u</translation>
    </message>
    <message>
        <location filename="../../ui/SaleLineRow.qml" line="57"/>
        <source>One less</source>
        <translation>Uno menos</translation>
    </message>
    <message>
        <location filename="../../ui/SaleLineRow.qml" line="74"/>
        <source>One more</source>
        <translation>Uno más</translation>
    </message>
    <message>
        <location filename="../../ui/SaleLineRow.qml" line="91"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>SalePaymentDialog</name>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="46"/>
        <source>To pay</source>
        <translation>A pagar</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="62"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="63"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="64"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="85"/>
        <source>Cash given</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="95"/>
        <source>Exact amount</source>
        <translation>Importe exacto</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="122"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="150"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../ui/SalePaymentDialog.qml" line="160"/>
        <source>Confirm payment</source>
        <translation>Confirmar pago</translation>
    </message>
</context>
<context>
    <name>SaleReceiptView</name>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="18"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="19"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="20"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="66"/>
        <source>Sale %1 · Cashier %2</source>
        <translation>Venta %1 · Cajero %2</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="81"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="92"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="95"/>
        <source>Vouchers</source>
        <translation>Cupones</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="98"/>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="101"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="107"/>
        <source>Gift card</source>
        <translation>Tarjeta regalo</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="117"/>
        <source>Cash given</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="122"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="137"/>
        <source>Sale recorded</source>
        <translation>Venta registrada</translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="148"/>
        <source>Change: %1</source>
        <translation>Cambio: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/SaleReceiptView.qml" line="157"/>
        <source>%n voucher(s) scanned during the payment wait for the next sale.</source>
        <translation>
            <numerusform>%n cupón escaneado durante el pago queda para la próxima venta.</numerusform>
            <numerusform>%n cupones escaneados durante el pago quedan para la próxima venta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/SaleReceiptView.qml" line="169"/>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="21"/>
        <source>The terminal&apos;s database did not answer. Nothing was sold; try again.</source>
        <translation>La base de datos del terminal no respondió. No se vendió nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="23"/>
        <source>Sign in as an active member of staff to sell.</source>
        <translation>Inicie sesión como empleado activo para vender.</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="25"/>
        <source>The cash given is less than the amount to pay.</source>
        <translation>El efectivo entregado es menor que el importe a pagar.</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="27"/>
        <source>A voucher was refused when the sale was recorded. Nothing was sold: check the vouchers.</source>
        <translation>Se rechazó un cupón al registrar la venta. No se vendió nada: revise los cupones.</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="120"/>
        <source>The catalog is empty: the platform sends it with the next sync.</source>
        <translation>El catálogo está vacío: la plataforma lo envía con la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="142"/>
        <source>Scan or type a voucher</source>
        <translation>Escanee o escriba un cupón</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="152"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="197"/>
        <source>Tap a product to start the sale. Scan vouchers at any time.</source>
        <translation>Toque un producto para empezar la venta. Escanee cupones en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="227"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="237"/>
        <source>Pay %1</source>
        <translation>Cobrar %1</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="29"/>
        <source>The member code was refused when the sale was recorded. Nothing was sold: sell again without the member or scan another code.</source>
        <translation>El código de socio fue rechazado al registrar la venta. No se vendió nada: vuelva a vender sin el socio o escanee otro código.</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="184"/>
        <source>Member code refused: %1</source>
        <translation>Código de socio rechazado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="186"/>
        <source>Member: %1</source>
        <translation>Socio: %1</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="187"/>
        <source>Member no. %1</source>
        <translation>Socio n.º %1</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="193"/>
        <source>Remove member</source>
        <translation>Quitar socio</translation>
    </message>
    <message>
        <location filename="../../ui/SaleScreen.qml" line="193"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>SaleTotalsPanel</name>
    <message>
        <location filename="../../ui/SaleTotalsPanel.qml" line="24"/>
        <location filename="../../ui/SaleTotalsPanel.qml" line="30"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../ui/SaleTotalsPanel.qml" line="25"/>
        <location filename="../../ui/SaleTotalsPanel.qml" line="40"/>
        <source>Vouchers</source>
        <translation>Cupones</translation>
    </message>
    <message>
        <location filename="../../ui/SaleTotalsPanel.qml" line="26"/>
        <location filename="../../ui/SaleTotalsPanel.qml" line="53"/>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location filename="../../ui/SaleTotalsPanel.qml" line="27"/>
        <location filename="../../ui/SaleTotalsPanel.qml" line="63"/>
        <source>Paid by gift card</source>
        <translation>Pagado con tarjeta regalo</translation>
    </message>
    <message>
        <location filename="../../ui/SaleTotalsPanel.qml" line="77"/>
        <source>To pay</source>
        <translation>A pagar</translation>
    </message>
</context>
<context>
    <name>SaleVoucherRow</name>
    <message>
        <location filename="../../ui/SaleVoucherRow.qml" line="48"/>
        <source>Voucher</source>
        <translation>Cupón</translation>
    </message>
    <message>
        <location filename="../../ui/SaleVoucherRow.qml" line="56"/>
        <source>Pays %1</source>
        <translation>Paga %1</translation>
    </message>
    <message>
        <location filename="../../ui/SaleVoucherRow.qml" line="57"/>
        <source>Discount −%1</source>
        <translation>Descuento −%1</translation>
    </message>
    <message>
        <location filename="../../ui/SaleVoucherRow.qml" line="58"/>
        <source>Applied once the sale has an item</source>
        <translation>Se aplica cuando la venta tenga un artículo</translation>
    </message>
    <message>
        <location filename="../../ui/SaleVoucherRow.qml" line="59"/>
        <source>Refused:</source>
        <translation>Rechazado:</translation>
    </message>
    <message>
        <location filename="../../ui/SaleVoucherRow.qml" line="71"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
</TS>
