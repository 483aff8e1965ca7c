<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="24"/>
        <source>Add a member of staff</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="59"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="60"/>
        <source>Installer</source>
        <translation>安装人员</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="60"/>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="79"/>
        <source>PIN (4-12 digits)</source>
        <translation>PIN（4-12 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="90"/>
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="103"/>
        <source>The first member must be a manager or an installer; they are signed in at once.</source>
        <translation>第一位员工必须是店长或安装人员，添加后立即登录。</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="104"/>
        <source>They sign in with this PIN; only they should know it.</source>
        <translation>此人用这个 PIN 登录，只应由本人知道。</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="113"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/AddStaffDialog.qml" line="120"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../ui/ChangePinDialog.qml" line="22"/>
        <source>New PIN for %1</source>
        <translation>为 %1 设置新 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinDialog.qml" line="44"/>
        <source>New PIN (4-12 digits)</source>
        <translation>新 PIN（4-12 位数字）</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinDialog.qml" line="55"/>
        <source>New PIN again</source>
        <translation>再次输入新 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinDialog.qml" line="67"/>
        <source>A new PIN also ends a lockout.</source>
        <translation>设置新 PIN 也会解除锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinDialog.qml" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinDialog.qml" line="82"/>
        <source>Save PIN</source>
        <translation>保存 PIN</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="29"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="30"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/PinPad.qml" line="40"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/PinPad.qml" line="57"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>ScreenMenu</name>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="18"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="18"/>
        <source>Installer</source>
        <translation>安装人员</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="18"/>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="39"/>
        <source>▲ No staff set up: open to everyone. A manager or installer adds staff under Staff.</source>
        <translation>▲ 尚未设置员工：所有人都可使用。店长或安装人员可在“员工”中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="40"/>
        <source>Nobody is signed in.</source>
        <translation>无人登录。</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="47"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenMenu.qml" line="59"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="24"/>
        <source>The void window must be 0 to %1 minutes.</source>
        <translation>撤销时限必须在 0 到 %1 分钟之间。</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="26"/>
        <source>The idle sign-out must be 0 to %1 minutes.</source>
        <translation>闲置退出时间必须在 0 到 %1 分钟之间。</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="28"/>
        <source>Only a manager or an installer may change settings.</source>
        <translation>只有店长或安装人员可以更改设置。</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="30"/>
        <source>The settings could not be saved (database). Try again.</source>
        <translation>设置未能保存（数据库）。请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="44"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="44"/>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="139"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="147"/>
        <source>Void window (minutes)</source>
        <translation>撤销时限（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="148"/>
        <source>How long cashiers may void their own redemptions and sales. Managers may void any entry of a day not closed.</source>
        <translation>收银员可撤销自己的核销和销售的时限。店长可撤销未日结当天的任何记录。</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="159"/>
        <source>Sign out when idle (minutes)</source>
        <translation>闲置自动退出（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="160"/>
        <source>After this long without a touch, key or scan, the window asks for a PIN again. 0: never.</source>
        <translation>在这段时间内没有触摸、按键或扫码，将重新要求输入 PIN。0：从不。</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsScreen.qml" line="185"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="24"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="24"/>
        <source>Installer</source>
        <translation>安装人员</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="24"/>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="36"/>
        <source>Checking the PIN…</source>
        <translation>正在验证 PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="39"/>
        <source>Wrong PIN. Tries left before a 30-minute lock: %1</source>
        <translation>PIN 错误。锁定 30 分钟前剩余次数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="41"/>
        <source>Locked after 5 wrong PINs. Try again in %1, or ask a manager for a new PIN.</source>
        <translation>连续 5 次 PIN 错误，已锁定。请在 %1 后重试，或请店长设置新 PIN。</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="44"/>
        <source>This staff member is disabled. Ask a manager.</source>
        <translation>该员工已被停用。请联系店长。</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="46"/>
        <source>This staff member no longer exists. Choose your name again.</source>
        <translation>该员工已不存在。请重新选择您的名字。</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="48"/>
        <source>A PIN has at least 4 digits.</source>
        <translation>PIN 至少 4 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="50"/>
        <source>The PIN could not be checked (database). Try again.</source>
        <translation>无法验证 PIN（数据库）。请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="53"/>
        <source>Signed out after %1 minutes without activity.</source>
        <translation>闲置 %1 分钟后已自动退出。</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="54"/>
        <source>Choose your name.</source>
        <translation>请选择您的名字。</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="55"/>
        <source>Enter your PIN and press OK.</source>
        <translation>输入 PIN 后按“确定”。</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="99"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/SignInScreen.qml" line="167"/>
        <source>▲ Code …%1 was scanned: it is checked (not redeemed) after sign-in.</source>
        <translation>▲ 已扫描码 …%1：登录后将查验（不会核销）。</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="25"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="25"/>
        <source>Installer</source>
        <translation>安装人员</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="25"/>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="31"/>
        <source>Type a name (at most 80 characters).</source>
        <translation>请输入姓名（最多 80 个字符）。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="33"/>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="35"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN 为 4 到 12 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="37"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>两次输入的 PIN 不一致。请输入相同的 PIN 两次。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="39"/>
        <source>The first member must be a manager or an installer.</source>
        <translation>第一位员工必须是店长或安装人员。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="41"/>
        <source>You cannot disable yourself: ask another manager.</source>
        <translation>不能停用自己：请让另一位店长操作。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="43"/>
        <source>This member no longer exists or is already disabled.</source>
        <translation>该员工已不存在或已被停用。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="45"/>
        <source>Only a manager or an installer may change staff.</source>
        <translation>只有店长或安装人员可以管理员工。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="47"/>
        <source>The change could not be saved (database). Try again.</source>
        <translation>更改未能保存（数据库）。请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="65"/>
        <source>Added: they can sign in now.</source>
        <translation>已添加：现在可以登录。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="66"/>
        <source>New PIN saved.</source>
        <translation>新 PIN 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="67"/>
        <source>Disabled: they can no longer sign in.</source>
        <translation>已停用：无法再登录。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="84"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="92"/>
        <source>+ Add staff</source>
        <translation>+ 添加员工</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="118"/>
        <source>▲ No staff set up: the terminal is open to everyone. Add a manager or an installer first; from then on everyone signs in with a PIN.</source>
        <translation>▲ 尚未设置员工：终端对所有人开放。请先添加店长或安装人员；此后每个人都需用 PIN 登录。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="180"/>
        <source>✖ Disabled</source>
        <translation>✖ 已停用</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="181"/>
        <source>⚠ Locked until %1</source>
        <translation>⚠ 锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="183"/>
        <source>✔ Active</source>
        <translation>✔ 在职</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="190"/>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="202"/>
        <location filename="../../ui/StaffScreen.qml" line="262"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="239"/>
        <source>Disable %1?</source>
        <translation>停用 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="247"/>
        <source>They can no longer sign in. Their past redemptions and sales stay in the records.</source>
        <translation>此人将无法再登录。其以往的核销和销售记录会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffScreen.qml" line="255"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
