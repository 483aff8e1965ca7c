<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CloseDayScreen</name>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="50"/>
        <source>Close the day: %1</source>
        <translation>日结：%1</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="59"/>
        <source>%1 events still wait to upload to the platform. Closing now needs a reason, which is recorded.</source>
        <translation>还有 %1 个事件等待上传到平台。现在日结需要填写原因，原因会被记录。</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="60"/>
        <source>Everything is uploaded.</source>
        <translation>全部已上传。</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="75"/>
        <source>Which manager?</source>
        <translation>哪位店长？</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="84"/>
        <source>Reason to close with events waiting</source>
        <translation>有待上传事件时日结的原因</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="91"/>
        <source>Checking the PIN…</source>
        <translation>正在核对 PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="105"/>
        <source>Close the day</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="134"/>
        <source>%1 is closed</source>
        <translation>%1 已日结</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="148"/>
        <source>Closed at</source>
        <translation>日结时间</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="149"/>
        <source>Redemptions</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="149"/>
        <location filename="../../ui/CloseDayScreen.qml" line="150"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="150"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="151"/>
        <source>Voids</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="152"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="153"/>
        <source>Events waiting at the close</source>
        <translation>日结时待上传事件</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="154"/>
        <source>Z report SHA-256</source>
        <translation>Z 报表 SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/CloseDayScreen.qml" line="179"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../ui/ConflictsScreen.qml" line="27"/>
        <source>Conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictsScreen.qml" line="51"/>
        <source>No conflicts. When the platform finds that another terminal redeemed a voucher first, it shows here with what to do.</source>
        <translation>没有冲突。平台发现其他终端先核销了某张券时，会在这里显示并说明如何处理。</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictsScreen.qml" line="86"/>
        <source>What happened: %1</source>
        <translation>发生了什么：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictsScreen.qml" line="92"/>
        <source>What to do: %1</source>
        <translation>如何处理：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictsScreen.qml" line="99"/>
        <source>Reported by the platform at %1</source>
        <translation>平台于 %1 报告</translation>
    </message>
</context>
<context>
    <name>DayScreen</name>
    <message>
        <location filename="../../ui/DayScreen.qml" line="44"/>
        <source>Today: %1</source>
        <translation>今天：%1</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="51"/>
        <source>Closed</source>
        <translation>已日结</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="64"/>
        <source>Redemptions: %1 · %2</source>
        <translation>核销：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="65"/>
        <source>Sales: %1 · %2</source>
        <translation>销售：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="66"/>
        <location filename="../../ui/DayScreen.qml" line="213"/>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="110"/>
        <source>Last 4 of code</source>
        <translation>券码后 4 位</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="148"/>
        <source>Nothing matches these filters.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="148"/>
        <source>Nothing recorded today yet.</source>
        <translation>今天还没有记录。</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="167"/>
        <source>%1 uses</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <location filename="../../ui/DayScreen.qml" line="230"/>
        <source>Void…</source>
        <translation>作废…</translation>
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
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/ManagerPinPad.qml" line="43"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ManagerShots</name>
    <message>
        <location filename="../../ui/shots_manager.cpp" line="137"/>
        <source>Customer changed their mind</source>
        <translation>顾客改变主意</translation>
    </message>
    <message>
        <location filename="../../ui/shots_manager.cpp" line="287"/>
        <source>Network down since noon; synced later</source>
        <translation>中午起断网，稍后同步</translation>
    </message>
</context>
<context>
    <name>ManagerWords</name>
    <message>
        <location filename="../../ui/managerwords.cpp" line="15"/>
        <source>Wrong PIN. %1 tries left before this person is locked out.</source>
        <translation>PIN 错误。再错 %1 次将被锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="16"/>
        <source>Wrong PIN.</source>
        <translation>PIN 错误。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="18"/>
        <source>Too many wrong PINs: locked until %1.</source>
        <translation>PIN 错误次数过多：锁定至 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="19"/>
        <source>Too many wrong PINs: this person is locked out for now.</source>
        <translation>PIN 错误次数过多：此人暂时被锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="21"/>
        <source>This person may not do that: a manager must enter their PIN.</source>
        <translation>此人无权操作：需由店长输入 PIN。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="24"/>
        <source>A cashier may void only within %1 minutes of the sale or redemption: ask a manager.</source>
        <translation>收银员只能在销售或核销后 %1 分钟内作废：请找店长。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="27"/>
        <source>Too late for a cashier to void this: ask a manager.</source>
        <translation>已超过收银员可作废的时间：请找店长。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="29"/>
        <source>This was already voided.</source>
        <translation>此记录已作废。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="31"/>
        <source>Its day is closed: nothing of a closed day can be voided.</source>
        <translation>该日已日结：已日结的记录不能作废。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="33"/>
        <source>This entry is not on this terminal.</source>
        <translation>本终端没有这条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="35"/>
        <source>%1 events still wait to upload. Retry the sync first, or give a reason to close anyway.</source>
        <translation>还有 %1 个事件等待上传。请先重试同步，或填写原因后强制日结。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="38"/>
        <source>This day is already closed.</source>
        <translation>该日已日结。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="40"/>
        <source>This day has not started yet.</source>
        <translation>该日尚未开始。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="42"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="44"/>
        <source>Enter the PIN.</source>
        <translation>请输入 PIN。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="46"/>
        <source>Choose who you are.</source>
        <translation>请选择您的身份。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="48"/>
        <source>No staff member has been set up on this terminal yet.</source>
        <translation>本终端尚未设置员工。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="49"/>
        <source>Refused (%1).</source>
        <translation>已拒绝（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="54"/>
        <source>Deal</source>
        <translation>团购券</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="56"/>
        <source>Pass</source>
        <translation>次卡</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="58"/>
        <source>Gift card</source>
        <translation>礼品卡</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="60"/>
        <source>Pickup order</source>
        <translation>自提订单</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="62"/>
        <source>Ticket</source>
        <translation>门票</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="64"/>
        <source>Platform code</source>
        <translation>平台券码</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="66"/>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="68"/>
        <source>All vouchers</source>
        <translation>全部券</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="74"/>
        <source>manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="76"/>
        <source>installer</source>
        <translation>安装员</translation>
    </message>
    <message>
        <location filename="../../ui/managerwords.cpp" line="77"/>
        <source>cashier</source>
        <translation>收银员</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="45"/>
        <source>Day report: %1</source>
        <translation>日报表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="52"/>
        <source>%1 redemptions (%2), %3 sales (%4), %5 voided.</source>
        <translation>核销 %1 笔（%2），销售 %3 笔（%4），作废 %5 笔。</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="61"/>
        <source>Save to folder</source>
        <translation>保存到文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="72"/>
        <source>A folder on this terminal or a USB stick</source>
        <translation>本终端或 U 盘上的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="84"/>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="92"/>
        <source>Save as CSV (spreadsheet)</source>
        <translation>保存为 CSV（电子表格）</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="100"/>
        <location filename="../../ui/ReportsScreen.qml" line="233"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="102"/>
        <location filename="../../ui/ReportsScreen.qml" line="235"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="116"/>
        <source>Campaigns: %1 to %2</source>
        <translation>营销活动：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="133"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="133"/>
        <source>Last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="187"/>
        <source>Redemptions: %1 · sales: %2 · spend: %3</source>
        <translation>核销：%1 · 销售：%2 · 消费：%3</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="150"/>
        <source>No voucher of a campaign was redeemed in this period.</source>
        <translation>此期间没有核销任何活动券。</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="194"/>
        <source>Members: %1 new, %2 returning</source>
        <translation>会员：新会员 %1 位，回头客 %2 位</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="195"/>
        <source>busiest hour %1</source>
        <translation>高峰时段 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="211"/>
        <source>Save campaigns as PDF</source>
        <translation>活动报表保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/ReportsScreen.qml" line="222"/>
        <source>Save campaigns as CSV</source>
        <translation>活动报表保存为 CSV</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="16"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="36"/>
        <source>Sync with the platform</source>
        <translation>与平台同步</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="45"/>
        <source>Background sync is not running in this window: nothing is uploaded or downloaded until the terminal is started with sync on.</source>
        <translation>此窗口未运行后台同步：在以开启同步的方式启动终端之前，不会上传或下载任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="47"/>
        <source>This terminal is not enrolled with a platform yet: an installer enrolls it.</source>
        <translation>本终端尚未在平台注册：请安装员注册。</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="48"/>
        <source>Background sync is running with %1.</source>
        <translation>正在与 %1 后台同步。</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="67"/>
        <source>Last upload</source>
        <translation>上次上传</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="68"/>
        <source>Last download</source>
        <translation>上次下载</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="69"/>
        <source>Platform last answered</source>
        <translation>平台上次应答</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="70"/>
        <source>Events waiting to upload</source>
        <translation>待上传事件</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="71"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="72"/>
        <source>Last error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="73"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="74"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/SyncScreen.qml" line="104"/>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="56"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="75"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="86"/>
        <source>Who voids?</source>
        <translation>谁来作废？</translation>
    </message>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="93"/>
        <source>Checking the PIN…</source>
        <translation>正在核对 PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="110"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="110"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/VoidDialog.qml" line="121"/>
        <source>Void it</source>
        <translation>确认作废</translation>
    </message>
</context>
<context>
    <name>o2o::CampaignController</name>
    <message>
        <location filename="../../ui/campaigncontroller.cpp" line="135"/>
        <source>The campaign report cannot be read: %1</source>
        <translation>无法读取活动报表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigncontroller.cpp" line="166"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigncontroller.cpp" line="170"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>o2o::CloseDayController</name>
    <message>
        <location filename="../../ui/closedaycontroller.cpp" line="112"/>
        <source>The day could not be closed: %1</source>
        <translation>无法日结：%1</translation>
    </message>
    <message>
        <location filename="../../ui/closedaycontroller.cpp" line="139"/>
        <source>Day closed. The Z report is stored and queued for the platform.</source>
        <translation>已日结。Z 报表已保存，并排队上传到平台。</translation>
    </message>
</context>
<context>
    <name>o2o::DayController</name>
    <message>
        <location filename="../../ui/daycontroller.cpp" line="135"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/daycontroller.cpp" line="189"/>
        <source>The day&apos;s entries cannot be read: %1</source>
        <translation>无法读取当天的记录：%1</translation>
    </message>
    <message>
        <location filename="../../ui/daycontroller.cpp" line="205"/>
        <source>All cashiers</source>
        <translation>全部收银员</translation>
    </message>
    <message>
        <location filename="../../ui/daycontroller.cpp" line="245"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/daycontroller.cpp" line="249"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>o2o::SyncDashboardController</name>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="105"/>
        <source>Redeemed here at %1 by %2, but terminal %3 had redeemed the same voucher first, at %4. The platform counts only the first redemption.</source>
        <translation>%2 于 %1 在本终端核销，但终端 %3 已于 %4 先核销了同一张券。平台只计第一次核销。</translation>
    </message>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="111"/>
        <source>Nothing left to do: this redemption is voided.</source>
        <translation>无需处理：此核销已作废。</translation>
    </message>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="112"/>
        <source>Check with the customer and the other counter. If nothing was handed over here, void this redemption; otherwise the store carries it: tell the platform, quoting redemption %1.</source>
        <translation>请与顾客和另一个柜台核实。如果本柜台没有交付商品或服务，请作废此核销；否则由门店承担：请告知平台，并注明核销 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="131"/>
        <source>Last sync cycle completed.</source>
        <translation>上一轮同步已完成。</translation>
    </message>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="133"/>
        <source>Last sync cycle: this terminal is not enrolled.</source>
        <translation>上一轮同步：本终端尚未注册。</translation>
    </message>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="134"/>
        <source>Last sync cycle failed: see the error below.</source>
        <translation>上一轮同步失败：见下方错误。</translation>
    </message>
    <message>
        <location filename="../../ui/syncdashboardcontroller.cpp" line="170"/>
        <source>Syncing now…</source>
        <translation>正在同步…</translation>
    </message>
</context>
<context>
    <name>o2o::VoidController</name>
    <message>
        <location filename="../../ui/voidcontroller.cpp" line="58"/>
        <source>The void could not be recorded: %1</source>
        <translation>无法记录作废：%1</translation>
    </message>
    <message>
        <location filename="../../ui/voidcontroller.cpp" line="69"/>
        <source>Voided: what it took is back on the voucher.</source>
        <translation>已作废：扣除的次数或余额已退回券上。</translation>
    </message>
</context>
</TS>
