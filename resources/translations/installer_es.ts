<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DoctorChecksView</name>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="17"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="18"/>
        <source>Decoding a test picture</source>
        <translation>Lectura de una imagen de prueba</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="19"/>
        <source>Handheld scanner settings</source>
        <translation>Ajustes del lector de mano</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="20"/>
        <source>Platform reachable</source>
        <translation>Conexión con la plataforma</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="21"/>
        <source>Certificate and TLS pin</source>
        <translation>Certificado y anclaje TLS</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="22"/>
        <source>Clock against the platform</source>
        <translation>Reloj frente a la plataforma</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="23"/>
        <source>Disk space</source>
        <translation>Espacio en disco</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="24"/>
        <source>Database integrity</source>
        <translation>Integridad de la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="25"/>
        <source>Events waiting to upload</source>
        <translation>Eventos pendientes de subir</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="26"/>
        <source>Offline limits</source>
        <translation>Límites sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="27"/>
        <source>Age of the platform&apos;s data</source>
        <translation>Antigüedad de los datos de la plataforma</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="28"/>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="29"/>
        <source>Fonts</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="30"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="47"/>
        <source>Checking the terminal…</source>
        <translation>Comprobando el terminal…</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="48"/>
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DoctorChecksView.qml" line="49"/>
        <source>%n check(s) failed: the terminal needs attention.</source>
        <translation>
            <numerusform>%n comprobación falló: el terminal necesita atención.</numerusform>
            <numerusform>%n comprobaciones fallaron: el terminal necesita atención.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DoctorChecksView.qml" line="50"/>
        <source>Nothing failed; %n warning(s).</source>
        <translation>
            <numerusform>Nada falló; %n aviso.</numerusform>
            <numerusform>Nada falló; %n avisos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="51"/>
        <source>Every check passed.</source>
        <translation>Todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <location filename="../../ui/DoctorChecksView.qml" line="58"/>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
</context>
<context>
    <name>DoctorScreen</name>
    <message>
        <location filename="../../ui/DoctorScreen.qml" line="32"/>
        <source>Self-test</source>
        <translation>Autodiagnóstico</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="44"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="45"/>
        <source>Connect to the platform</source>
        <translation>Conectar con la plataforma</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="46"/>
        <source>Installer PIN</source>
        <translation>PIN del instalador</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="47"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="48"/>
        <source>Handheld scanner</source>
        <translation>Lector de mano</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="49"/>
        <location filename="../../ui/WizardScreen.qml" line="342"/>
        <source>Kiosk mode</source>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="50"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="57"/>
        <source>That is not a platform address. Type it as https://host:port.</source>
        <translation>Esa no es una dirección de plataforma. Escríbala como https://servidor:puerto.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="59"/>
        <source>A pairing code is 10 characters: digits 2-9 and letters A-Z without I and O.</source>
        <translation>Un código de emparejamiento tiene 10 caracteres: dígitos 2-9 y letras A-Z sin I ni O.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="61"/>
        <source>The platform refused this pairing code (wrong, used or expired). Ask for a new one.</source>
        <translation>La plataforma rechazó este código de emparejamiento (incorrecto, usado o caducado). Pida uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="63"/>
        <source>The platform&apos;s certificate does not match the fingerprint. Nothing was sent: check the address and the fingerprint.</source>
        <translation>El certificado de la plataforma no coincide con la huella. No se envió nada: revise la dirección y la huella.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="65"/>
        <source>The platform does not answer. Check the address, the network cable and the firewall.</source>
        <translation>La plataforma no responde. Revise la dirección, el cable de red y el cortafuegos.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="67"/>
        <source>Enrollment failed. The log has the details.</source>
        <translation>El registro falló. El log tiene los detalles.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="75"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escriba el mismo PIN dos veces.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="76"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Un PIN tiene de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="77"/>
        <source>The PIN could not be stored. The log has the details.</source>
        <translation>No se pudo guardar el PIN. El log tiene los detalles.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="93"/>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="117"/>
        <source>Choose the language of the terminal.</source>
        <translation>Elija el idioma del terminal.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="145"/>
        <source>Platform address</source>
        <translation>Dirección de la plataforma</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="155"/>
        <source>Pairing code</source>
        <translation>Código de emparejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="164"/>
        <source>CA fingerprint (optional)</source>
        <translation>Huella de la CA (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="171"/>
        <source>SHA-256, 64 hex digits</source>
        <translation>SHA-256, 64 dígitos hex</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="180"/>
        <source>Enroll</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="205"/>
        <source>Enrolled for store %1. Compare the platform&apos;s CA fingerprint with the one the platform shows:</source>
        <translation>Registrado para la tienda %1. Compare la huella de la CA de la plataforma con la que muestra la plataforma:</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="217"/>
        <source>Choose the installer&apos;s PIN (4 to 12 digits) and type it twice.</source>
        <translation>Elija el PIN del instalador (de 4 a 12 dígitos) y escríbalo dos veces.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="223"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="233"/>
        <source>PIN again</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="248"/>
        <source>Save PIN</source>
        <translation>Guardar PIN</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="250"/>
        <source>Installer</source>
        <translation>Instalador</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="261"/>
        <source>The installer&apos;s PIN is saved.</source>
        <translation>El PIN del instalador está guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="274"/>
        <source>Cameras: %1. Hold a QR code in front of the camera.</source>
        <translation>Cámaras: %1. Ponga un código QR delante de la cámara.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="275"/>
        <source>No camera found. The handheld scanner still works: you may skip this step.</source>
        <translation>No se encontró ninguna cámara. El lector de mano funciona igual: puede saltar este paso.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="303"/>
        <source>decoded: %1</source>
        <translation>leído: %1</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="314"/>
        <source>Scan any barcode with the handheld scanner. It should arrive whole, as one code.</source>
        <translation>Escanee cualquier código con el lector de mano. Debe llegar entero, como un solo código.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="323"/>
        <source>Received %1 characters: %2</source>
        <translation>Recibidos %1 caracteres: %2</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="325"/>
        <source>Waiting for a scan…</source>
        <translation>Esperando un escaneo…</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="336"/>
        <source>In kiosk mode customers scan by themselves and a valid voucher is redeemed at once, without a cashier.</source>
        <translation>En modo quiosco los clientes escanean solos y un cupón válido se canjea al instante, sin cajero.</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="353"/>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="355"/>
        <source>Enrolled: store %1</source>
        <translation>Registrado: tienda %1</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="356"/>
        <source>Not enrolled</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="357"/>
        <source>Installer PIN: saved</source>
        <translation>PIN del instalador: guardado</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="357"/>
        <source>Installer PIN: not set</source>
        <translation>PIN del instalador: sin definir</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="358"/>
        <source>Camera: tested</source>
        <translation>Cámara: probada</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="358"/>
        <source>Camera: not tested</source>
        <translation>Cámara: sin probar</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="359"/>
        <source>Scanner: tested</source>
        <translation>Lector: probado</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="359"/>
        <source>Scanner: not tested</source>
        <translation>Lector: sin probar</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="360"/>
        <source>Kiosk mode: on</source>
        <translation>Modo quiosco: activado</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="360"/>
        <source>Kiosk mode: off</source>
        <translation>Modo quiosco: desactivado</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="380"/>
        <source>Self-test: %1</source>
        <translation>Autodiagnóstico: %1</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="381"/>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/WizardScreen.qml" line="382"/>
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n comprobación falló</numerusform>
            <numerusform>%n comprobaciones fallaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/WizardScreen.qml" line="383"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="384"/>
        <source>every check passed</source>
        <translation>todo correcto</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="390"/>
        <source>Show the self-test</source>
        <translation>Ver el autodiagnóstico</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="404"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="415"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="419"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../../ui/WizardScreen.qml" line="419"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
</TS>
