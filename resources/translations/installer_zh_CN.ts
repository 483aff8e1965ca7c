<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DoctorChecksView</name>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="17"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="18"/>
        <source>Decoding a test picture</source>
        <translation>解码测试图像</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="19"/>
        <source>Handheld scanner settings</source>
        <translation>手持扫码枪设置</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="20"/>
        <source>Platform reachable</source>
        <translation>平台连接</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="21"/>
        <source>Certificate and TLS pin</source>
        <translation>证书与 TLS 固定</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="22"/>
        <source>Clock against the platform</source>
        <translation>与平台的时钟对比</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="23"/>
        <source>Disk space</source>
        <translation>磁盘空间</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="24"/>
        <source>Database integrity</source>
        <translation>数据库完整性</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="25"/>
        <source>Events waiting to upload</source>
        <translation>待上传事件</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="26"/>
        <source>Offline limits</source>
        <translation>离线限额</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="27"/>
        <source>Age of the platform&apos;s data</source>
        <translation>平台数据的时效</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="28"/>
        <source>Translations</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="29"/>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="30"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="47"/>
        <source>Checking the terminal…</source>
        <translation>正在检查终端…</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="48"/>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DoctorChecksView.qml" line="49"/>
        <source>%n check(s) failed: the terminal needs attention.</source>
        <translation>
            <numerusform>%n 项检查未通过：终端需要处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DoctorChecksView.qml" line="50"/>
        <source>Nothing failed; %n warning(s).</source>
        <translation>
            <numerusform>没有失败项；%n 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="51"/>
        <source>Every check passed.</source>
        <translation>所有检查均已通过。</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="58"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
</context>
<context>
    <name>DoctorScreen</name>
    <message>
        <location filename="../../ui/DoctorScreen.qml" line="32"/>
        <source>Self-test</source>
        <translation>自检</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="44"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="45"/>
        <source>Connect to the platform</source>
        <translation>连接平台</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="46"/>
        <source>Installer PIN</source>
        <translation>安装员 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="47"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="48"/>
        <source>Handheld scanner</source>
        <translation>手持扫码枪</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="49"/>
        <location filename="../../ui/WizardScreen.qml" line="342"/>
        <source>Kiosk mode</source>
        <translation>自助模式</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="50"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="57"/>
        <source>That is not a platform address. Type it as https://host:port.</source>
        <translation>这不是平台地址。请按 https://主机:端口 的格式输入。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="59"/>
        <source>A pairing code is 10 characters: digits 2-9 and letters A-Z without I and O.</source>
        <translation>配对码为 10 个字符：数字 2-9 和字母 A-Z（不含 I 和 O）。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="61"/>
        <source>The platform refused this pairing code (wrong, used or expired). Ask for a new one.</source>
        <translation>平台拒绝了此配对码（错误、已使用或已过期）。请申请新的配对码。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="63"/>
        <source>The platform&apos;s certificate does not match the fingerprint. Nothing was sent: check the address and the fingerprint.</source>
        <translation>平台证书与指纹不符。未发送任何数据：请检查地址和指纹。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="65"/>
        <source>The platform does not answer. Check the address, the network cable and the firewall.</source>
        <translation>平台没有响应。请检查地址、网线和防火墙。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="67"/>
        <source>Enrollment failed. The log has the details.</source>
        <translation>注册失败。详情见日志。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="75"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>两次输入的 PIN 不一致。请输入相同的 PIN 两次。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="76"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN 为 4 到 12 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="77"/>
        <source>The PIN could not be stored. The log has the details.</source>
        <translation>无法保存 PIN。详情见日志。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="93"/>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="117"/>
        <source>Choose the language of the terminal.</source>
        <translation>选择终端的语言。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="145"/>
        <source>Platform address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="155"/>
        <source>Pairing code</source>
        <translation>配对码</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="164"/>
        <source>CA fingerprint (optional)</source>
        <translation>CA 指纹（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="171"/>
        <source>SHA-256, 64 hex digits</source>
        <translation>SHA-256，64 位十六进制</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="180"/>
        <source>Enroll</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="205"/>
        <source>Enrolled for store %1. Compare the platform&apos;s CA fingerprint with the one the platform shows:</source>
        <translation>已为门店 %1 注册。请将平台 CA 指纹与平台显示的指纹进行核对：</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="217"/>
        <source>Choose the installer&apos;s PIN (4 to 12 digits) and type it twice.</source>
        <translation>设置安装员 PIN（4 到 12 位数字），并输入两次。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="223"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="233"/>
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="248"/>
        <source>Save PIN</source>
        <translation>保存 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="250"/>
        <source>Installer</source>
        <translation>安装人员</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="261"/>
        <source>The installer&apos;s PIN is saved.</source>
        <translation>安装员 PIN 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="274"/>
        <source>Cameras: %1. Hold a QR code in front of the camera.</source>
        <translation>摄像头：%1。请将二维码放在摄像头前。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="275"/>
        <source>No camera found. The handheld scanner still works: you may skip this step.</source>
        <translation>未找到摄像头。手持扫码枪仍可使用：可以跳过此步。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="303"/>
        <source>decoded: %1</source>
        <translation>已识别：%1</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="314"/>
        <source>Scan any barcode with the handheld scanner. It should arrive whole, as one code.</source>
        <translation>用手持扫码枪扫描任意条码。它应完整地作为一个码到达。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="323"/>
        <source>Received %1 characters: %2</source>
        <translation>收到 %1 个字符：%2</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="325"/>
        <source>Waiting for a scan…</source>
        <translation>等待扫码…</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="336"/>
        <source>In kiosk mode customers scan by themselves and a valid voucher is redeemed at once, without a cashier.</source>
        <translation>在自助模式下，顾客自行扫码，有效券会立即核销，无需收银员。</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="353"/>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="355"/>
        <source>Enrolled: store %1</source>
        <translation>已注册：门店 %1</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="356"/>
        <source>Not enrolled</source>
        <translation>未注册</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="357"/>
        <source>Installer PIN: saved</source>
        <translation>安装员 PIN：已保存</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="357"/>
        <source>Installer PIN: not set</source>
        <translation>安装员 PIN：未设置</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="358"/>
        <source>Camera: tested</source>
        <translation>摄像头：已测试</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="358"/>
        <source>Camera: not tested</source>
        <translation>摄像头：未测试</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="359"/>
        <source>Scanner: tested</source>
        <translation>扫码枪：已测试</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="359"/>
        <source>Scanner: not tested</source>
        <translation>扫码枪：未测试</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="360"/>
        <source>Kiosk mode: on</source>
        <translation>自助模式：开启</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="360"/>
        <source>Kiosk mode: off</source>
        <translation>自助模式：关闭</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="380"/>
        <source>Self-test: %1</source>
        <translation>自检：%1</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="381"/>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/WizardScreen.qml" line="382"/>
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n 项未通过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/WizardScreen.qml" line="383"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="384"/>
        <source>every check passed</source>
        <translation>全部通过</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="390"/>
        <source>Show the self-test</source>
        <translation>查看自检</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="404"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="415"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="419"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="419"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
</TS>
