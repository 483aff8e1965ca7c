<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="74" />
        <source>Scan or type a voucher code</source>
        <translation>扫描或输入券码</translation>
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
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../ui/CounterScreen.qml" line="152" />
        <source>Redeem</source>
        <translation>核销</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="18" />
        <source>O2O Redemption Terminal</source>
        <translation>O2O 核销终端</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="37" />
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="38" />
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="39" />
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="40" />
        <source>Today's redemptions and sales</source>
        <translation>今日核销与销售</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="41" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="42" />
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="43" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="44" />
        <source>Close the day</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="45" />
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="46" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="47" />
        <source>Setup wizard</source>
        <translation>安装向导</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="48" />
        <source>Self-test</source>
        <translation>自检</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="27" />
        <source>today at %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="28" />
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="30" />
        <source>yesterday at %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="31" />
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="33" />
        <source>tomorrow at %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="34" />
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="36" />
        <source>d MMM yyyy</source>
        <extracomment>A date format for QDate::toString: 3 Nov 2026</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="38" />
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="39" />
        <source>on %1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="40" />
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="54" />
        <source>Already used %1 on this terminal</source>
        <translation>已于%1在本终端使用</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="55" />
        <source>No uses left: last used %1 on this terminal</source>
        <translation>次数已用完：最后一次于%1在本终端使用</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="58" />
        <source>Already used %1 on this terminal by %2</source>
        <translation>已于%1由 %2 在本终端使用</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="59" />
        <source>No uses left: last used %1 on this terminal by %2</source>
        <translation>次数已用完：最后一次于%1由 %2 在本终端使用</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="62" />
        <source>Already used %1 on terminal %2</source>
        <translation>已于%1在终端 %2 使用</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="63" />
        <source>No uses left: last used %1 on terminal %2</source>
        <translation>次数已用完：最后一次于%1在终端 %2 使用</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="66" />
        <source>Already used %1 on terminal %2 by %3</source>
        <translation>已于%1由 %3 在终端 %2 使用</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="67" />
        <source>No uses left: last used %1 on terminal %2 by %3</source>
        <translation>次数已用完：最后一次于%1由 %3 在终端 %2 使用</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="70" />
        <source>%1 (not yet uploaded)</source>
        <translation>%1（尚未上传至平台）</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="78" />
        <source>Only valid %1</source>
        <translation>仅限 %1 使用</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="84" />
        <source>, </source>
        <extracomment>Between the names of weekdays in a list</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="86" />
        <source>Only valid on %1</source>
        <translation>仅限%1使用</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="87" />
        <source>Only valid on %1, %2</source>
        <translation>仅限%1 %2使用</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="93" />
        <source>Offline limit reached: %1 redemptions without the platform</source>
        <translation>已达离线上限：未连接平台时最多核销 %1 次</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="96" />
        <source>Offline limit reached: %1 without the platform</source>
        <translation>已达离线上限：未连接平台时最多核销 %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="100" />
        <source>Offline limit reached: never synced with the platform</source>
        <translation>已达离线上限：从未与平台同步</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="101" />
        <source>Offline limit reached: %1 hours without the platform</source>
        <translation>已达离线上限：未连接平台最多 %1 小时</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="138" />
        <source>Already used, according to the platform</source>
        <translation>平台显示已使用</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="139" />
        <source>No uses left, according to the platform</source>
        <translation>平台显示次数已用完</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="142" />
        <source>Expired %1</source>
        <translation>已于%1过期</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="147" />
        <source>Valid from %1</source>
        <translation>%1起有效</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="154" />
        <source>Minimum spend %1, the purchase is %2</source>
        <translation>最低消费 %1，本次消费 %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="157" />
        <source>Minimum spend %1</source>
        <translation>最低消费 %1</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="160" />
        <source>Balance %1, less than %2</source>
        <translation>余额 %1，不足 %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="163" />
        <source>Uses left: %1, asked: %2</source>
        <translation>剩余次数：%1，所需次数：%2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="166" />
        <source>The card is in %1, not %2</source>
        <translation>该卡币种为 %1，而非 %2</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="171" />
        <source>For store %1 only</source>
        <translation>仅限门店 %1 使用</translation>
    </message>
    <message>
        <location filename="../../core/refusalfacts.cpp" line="173" />
        <source>For stores %1 only</source>
        <translation>仅限以下门店使用：%1</translation>
    </message>
</context>
<context>
    <name>ScanNotice</name>
    <message>
        <location filename="../../ui/ScanNotice.qml" line="36" />
        <source>Scanned code is valid.</source>
        <translation>扫描的券码有效。</translation>
    </message>
    <message>
        <location filename="../../ui/ScanNotice.qml" line="35" />
        <source>%1 It is on the counter, not redeemed.</source>
        <translation>%1已放在收银台页面，尚未核销。</translation>
    </message>
    <message>
        <location filename="../../ui/ScanNotice.qml" line="42" />
        <source>Open the counter</source>
        <translation>打开收银台</translation>
    </message>
    <message>
        <location filename="../../ui/ScanNotice.qml" line="51" />
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/StatusBar.qml" line="42" />
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="46" />
        <source>O2O Redemption Terminal</source>
        <translation>O2O 核销终端</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="53" />
        <source>Store: %1</source>
        <translation>门店：%1</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="53" />
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="63" />
        <source>Kiosk</source>
        <translation>自助机</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="64" />
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="65" />
        <source>Video %1</source>
        <translation>视频 %1</translation>
    </message>
    <message>
        <location filename="../../ui/StatusBar.qml" line="117" />
        <source>The clock is behind the platform's time: ask the installer</source>
        <translation>时钟落后于平台时间：请联系安装人员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/StatusBar.qml" line="129" />
        <source>%n waiting to upload</source>
        <translation>
            <numerusform>%n 条待上传</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../core/verdict.cpp" line="17" />
        <source>Accepted.</source>
        <translation>已通过。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="18" />
        <source>This code is not known here.</source>
        <translation>本店无此券码。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="20" />
        <source>This is not a voucher code. Scan again.</source>
        <translation>这不是券码，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="21" />
        <source>Already used.</source>
        <translation>已使用。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="22" />
        <source>No uses left on this pass.</source>
        <translation>此次卡已无剩余次数。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="24" />
        <source>Not enough balance on this card.</source>
        <translation>此卡余额不足。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="25" />
        <source>Not valid yet.</source>
        <translation>尚未生效。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="26" />
        <source>Expired.</source>
        <translation>已过期。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="27" />
        <source>Not valid in this store.</source>
        <translation>本店不可用。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="28" />
        <source>Not valid at this day or hour.</source>
        <translation>当前日期或时段不可用。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="30" />
        <source>The purchase is below the minimum spend.</source>
        <translation>消费金额未达最低消费。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="31" />
        <source>Cancelled by the platform.</source>
        <translation>已被平台作废。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="33" />
        <source>This code needs the network, which is down.</source>
        <translation>此券需要联网，当前网络不可用。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="35" />
        <source>Offline limit reached: wait for the network.</source>
        <translation>已达离线上限：请等待网络恢复。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="37" />
        <source>The terminal clock is wrong. Call the manager.</source>
        <translation>终端时钟有误，请联系店长。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="38" />
        <source>Fake or altered code.</source>
        <translation>伪造或被篡改的券码。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="40" />
        <source>Code signed by an unknown key. Sync, then try again.</source>
        <translation>券码签名密钥未知，请同步后重试。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="42" />
        <source>Old screenshot: ask for the live code on the phone.</source>
        <translation>旧截图：请出示手机上的实时券码。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="43" />
        <source>Refunded: no longer valid.</source>
        <translation>已退款：不再有效。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="45" />
        <source>The pass has fewer uses left than asked.</source>
        <translation>次卡剩余次数少于所需次数。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="47" />
        <source>Enter the amount to take from the card.</source>
        <translation>请输入从卡中扣除的金额。</translation>
    </message>
    <message>
        <location filename="../../core/verdict.cpp" line="49" />
        <source>The card is in another currency.</source>
        <translation>此卡为其他币种。</translation>
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
<context>
    <name>o2o::SyncStatusController</name>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="28" />
        <source>Downloading the platform's data</source>
        <translation>正在下载平台数据</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="30" />
        <source>data from %1</source>
        <translation>数据更新于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="32" />
        <location filename="../../ui/syncstatuscontroller.cpp" line="42" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="32" />
        <source>Online · %1</source>
        <translation>在线 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="35" />
        <location filename="../../ui/syncstatuscontroller.cpp" line="36" />
        <source>Offline · %1</source>
        <translation>离线 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="36" />
        <location filename="../../ui/syncstatuscontroller.cpp" line="42" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="41" />
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="66" />
        <source>No data from the platform yet</source>
        <translation>尚无平台数据</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="68" />
        <source>Offline limit reached: redemptions need the platform</source>
        <translation>已达离线上限：核销需要连接平台</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/syncstatuscontroller.cpp" line="74" />
        <source>Data %n min old</source>
        <translation>
            <numerusform>数据已有 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/syncstatuscontroller.cpp" line="76" />
        <source>Data %n h old</source>
        <translation>
            <numerusform>数据已有 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/syncstatuscontroller.cpp" line="77" />
        <source>Data %n days old</source>
        <translation>
            <numerusform>数据已有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="151" />
        <source>not enrolled</source>
        <translation>未注册</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatuscontroller.cpp" line="151" />
        <source>no platform</source>
        <translation>无法连接平台</translation>
    </message>
</context>
</TS>