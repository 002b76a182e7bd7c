<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="181"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Your sign-in has expired. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="284"/>
        <source>AgentDesk cannot start</source>
        <translation>AgentDesk cannot start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="285"/>
        <source>The data on this computer was written by a newer version of AgentDesk. Please install that version, or ask your IT department for help.</source>
        <translation>The data on this computer was written by a newer version of AgentDesk. Please install that version, or ask your IT department for help.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="111"/>
        <source>Resolve conflict</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="122"/>
        <source>This record was also changed on the server while your change was on its way. For each field, keep your version or the server&apos;s, or edit the result. Nothing is saved until you apply.</source>
        <translation>This record was also changed on the server while your change was on its way. For each field, keep your version or the server&apos;s, or edit the result. Nothing is saved until you apply.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="137"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="137"/>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="137"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="158"/>
        <source>Alt+M: take mine · Alt+T: take theirs (for the field with the cursor) · with Shift: for all fields · Ctrl+Enter: apply</source>
        <translation>Alt+M: take mine · Alt+T: take theirs (for the field with the cursor) · with Shift: for all fields · Ctrl+Enter: apply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="166"/>
        <source>All mine</source>
        <translation>All mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="168"/>
        <source>Take my version for every field (%1)</source>
        <translation>Take my version for every field (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="172"/>
        <source>All theirs</source>
        <translation>All theirs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="175"/>
        <source>Take the server&apos;s version for every field (%1)</source>
        <translation>Take the server&apos;s version for every field (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="182"/>
        <source>&amp;Apply decision</source>
        <translation>&amp;Apply decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="238"/>
        <source>Before both changes: %1</source>
        <translation>Before both changes: %1</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <location filename="../../desktop/ui/field_editors.py" line="41"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_editors.py" line="113"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_editors.py" line="140"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_editors.py" line="141"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <location filename="../../desktop/ui/labels.py" line="90"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45"/>
        <source>Customer reply</source>
        <translation>Customer reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="46"/>
        <source>Customer message</source>
        <translation>Customer message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="47"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <location filename="../../desktop/ui/labels.py" line="61"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49"/>
        <location filename="../../desktop/ui/labels.py" line="50"/>
        <source>Script transcript</source>
        <translation>Script transcript</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="51"/>
        <location filename="../../desktop/ui/labels.py" line="52"/>
        <source>Escalation hand-over</source>
        <translation>Escalation hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53"/>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="60"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="62"/>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="63"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="64"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="70"/>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="77"/>
        <location filename="../../desktop/ui/labels.py" line="118"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="78"/>
        <source>Ticket entry</source>
        <translation>Ticket entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="79"/>
        <location filename="../../desktop/ui/labels.py" line="114"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="80"/>
        <location filename="../../desktop/ui/labels.py" line="119"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="81"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="82"/>
        <location filename="../../desktop/ui/labels.py" line="120"/>
        <source>SLA policy</source>
        <translation>SLA policy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="83"/>
        <location filename="../../desktop/ui/labels.py" line="117"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="84"/>
        <location filename="../../desktop/ui/labels.py" line="116"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="85"/>
        <location filename="../../desktop/ui/labels.py" line="140"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="86"/>
        <location filename="../../desktop/ui/labels.py" line="103"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="87"/>
        <source>Knowledge article</source>
        <translation>Knowledge article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="88"/>
        <source>Call script</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="89"/>
        <source>Macro</source>
        <translation>Macro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="91"/>
        <source>Agent status</source>
        <translation>Agent status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="92"/>
        <source>Customer history</source>
        <translation>Customer history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="101"/>
        <location filename="../../desktop/ui/labels.py" line="126"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="105"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="106"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="108"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="109"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="110"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="111"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="112"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="113"/>
        <source>Support level</source>
        <translation>Support level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="115"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="121"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="122"/>
        <source>Pending until</source>
        <translation>Pending until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="123"/>
        <source>Solution due</source>
        <translation>Solution due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="124"/>
        <source>First response due</source>
        <translation>First response due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="125"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="127"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="128"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="129"/>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="130"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="131"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="132"/>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="133"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="134"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="135"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="136"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="137"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="138"/>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="139"/>
        <source>Consent to contact</source>
        <translation>Consent to contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="141"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="142"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="143"/>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="144"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="71"/>
        <source>Sign in to AgentDesk</source>
        <translation>Sign in to AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="84"/>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="86"/>
        <source>Sign in to your support workplace.</source>
        <translation>Sign in to your support workplace.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="101"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="107"/>
        <source>Set by your administrator.</source>
        <translation>Set by your administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="108"/>
        <source>You are signing in again to the same server.</source>
        <translation>You are signing in again to the same server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="111"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="114"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="117"/>
        <source>&amp;Remember me</source>
        <translation>&amp;Remember me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="119"/>
        <source>Remember me</source>
        <translation>Remember me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="123"/>
        <source>This computer has no password safe (keyring), so AgentDesk cannot keep your sign-in. You will be asked for your password at every start.</source>
        <translation>This computer has no password safe (keyring), so AgentDesk cannot keep your sign-in. You will be asked for your password at every start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="128"/>
        <source>Your administrator has turned off keeping the sign-in.</source>
        <translation>Your administrator has turned off keeping the sign-in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="131"/>
        <source>Keep the sign-in in this computer&apos;s password safe. Your password itself is never stored.</source>
        <translation>Keep the sign-in in this computer&apos;s password safe. Your password itself is never stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="134"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="136"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="138"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="149"/>
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="153"/>
        <location filename="../../desktop/ui/login_dialog.py" line="227"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="157"/>
        <source>Work &amp;offline</source>
        <translation>Work &amp;offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="160"/>
        <source>Open the tickets stored on this computer. Changes are sent when the server is reachable again.</source>
        <translation>Open the tickets stored on this computer. Changes are sent when the server is reachable again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="227"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="248"/>
        <source>Please enter the server address.</source>
        <translation>Please enter the server address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="252"/>
        <source>Please enter your user name.</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="256"/>
        <source>Please enter your password.</source>
        <translation>Please enter your password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <source>AgentDesk — %1</source>
        <translation>AgentDesk — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160"/>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="189"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Ticket status filter</source>
        <translation>Ticket status filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>Active tickets</source>
        <translation>Active tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="275"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280"/>
        <location filename="../../desktop/ui/main_window.py" line="555"/>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>Call script</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="301"/>
        <location filename="../../desktop/ui/main_window.py" line="615"/>
        <source>Not delivered</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="323"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="324"/>
        <source>Fetch the newest tickets from the server</source>
        <translation>Fetch the newest tickets from the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="326"/>
        <source>Sign &amp;in again…</source>
        <translation>Sign &amp;in again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="334"/>
        <source>Go to &amp;queues</source>
        <translation>Go to &amp;queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="336"/>
        <source>Go to &amp;tickets</source>
        <translation>Go to &amp;tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338"/>
        <source>Choose the status &amp;filter</source>
        <translation>Choose the status &amp;filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="348"/>
        <source>&amp;Not delivered changes</source>
        <translation>&amp;Not delivered changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="349"/>
        <source>Conflicts, rejected changes and notices from the server</source>
        <translation>Conflicts, rejected changes and notices from the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="353"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="354"/>
        <source>&amp;About AgentDesk</source>
        <translation>&amp;About AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="360"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="368"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="379"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="403"/>
        <source>Changes made on this computer that the server has not received yet. They are sent automatically.</source>
        <translation>Changes made on this computer that the server has not received yet. They are sent automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="410"/>
        <source>Changes the server did not take as they are. Click to decide what happens with them (%1).</source>
        <translation>Changes the server did not take as they are. Click to decide what happens with them (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="510"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="552"/>
        <source>No customer yet</source>
        <translation>No customer yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="553"/>
        <source>Select a ticket to see its customer.</source>
        <translation>Select a ticket to see its customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="555"/>
        <source>Select a ticket to see matching articles.</source>
        <translation>Select a ticket to see matching articles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="557"/>
        <location filename="../../desktop/ui/main_window.py" line="568"/>
        <source>No call script</source>
        <translation>No call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="557"/>
        <source>Select a ticket to see its call script.</source>
        <translation>Select a ticket to see its call script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="562"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="564"/>
        <source>No customer</source>
        <translation>No customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="565"/>
        <source>This ticket has no customer.</source>
        <translation>This ticket has no customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="566"/>
        <source>No matching articles</source>
        <translation>No matching articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="567"/>
        <source>No knowledge articles match this ticket yet.</source>
        <translation>No knowledge articles match this ticket yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="569"/>
        <source>There is no call script for this queue yet.</source>
        <translation>There is no call script for this queue yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="589"/>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="592"/>
        <source>Synchronising… %1 records</source>
        <translation>Synchronising… %1 records</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="609"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="612"/>
        <source>%n not delivered</source>
        <translation>
            <numerusform>%n not delivered</numerusform>
            <numerusform>%n not delivered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="650"/>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="652"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="660"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="661"/>
        <source>Sign out of AgentDesk? The tickets stay on this computer.</source>
        <translation>Sign out of AgentDesk? The tickets stay on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="681"/>
        <source>Show or hide the panel “%1”</source>
        <translation>Show or hide the panel “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="688"/>
        <location filename="../../desktop/ui/main_window.py" line="692"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="697"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="697"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="723"/>
        <source>About AgentDesk</source>
        <translation>About AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="724"/>
        <source>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;The workplace for 1st, 2nd and 3rd level support: tickets, customers, knowledge and call scripts — also when the network is gone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;The workplace for 1st, 2nd and 3rd level support: tickets, customers, knowledge and call scripts — also when the network is gone.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/app/messages.py" line="37"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="38"/>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Your sign-in is no longer valid. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="40"/>
        <source>The server at %1 sends AgentDesk on to %2. Please use that address as the server address.</source>
        <translation>The server at %1 sends AgentDesk on to %2. Please use that address as the server address.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="44"/>
        <source>The server at %1 answered, but not like an AgentDesk server. Please check the server address.</source>
        <translation>The server at %1 answered, but not like an AgentDesk server. Please check the server address.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="49"/>
        <source>The security certificate of %1 was not accepted, so no connection was made. Please contact your IT department.</source>
        <translation>The security certificate of %1 was not accepted, so no connection was made. Please contact your IT department.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="53"/>
        <source>The server at %1 has a problem (error %2). You can go on working; AgentDesk keeps trying.</source>
        <translation>The server at %1 has a problem (error %2). You can go on working; AgentDesk keeps trying.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="58"/>
        <source>Server not reachable: %1 does not answer. You can go on working; AgentDesk keeps trying.</source>
        <translation>Server not reachable: %1 does not answer. You can go on working; AgentDesk keeps trying.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="61"/>
        <source>Server not reachable: %1 does not answer. Please check the server address and your network connection.</source>
        <translation>Server not reachable: %1 does not answer. Please check the server address and your network connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="66"/>
        <source>This version of AgentDesk is too old for the server. Please ask your IT department for an update.</source>
        <translation>This version of AgentDesk is too old for the server. Please ask your IT department for an update.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="69"/>
        <source>The server refused the request: you lack the permission.</source>
        <translation>The server refused the request: you lack the permission.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="71"/>
        <source>The server refused the request: %1</source>
        <translation>The server refused the request: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="73"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="92"/>
        <source>Not permitted</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="93"/>
        <source>Invalid value</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="94"/>
        <source>Status change not possible</source>
        <translation>Status change not possible</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="95"/>
        <source>Deleted on the server</source>
        <translation>Deleted on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="96"/>
        <source>Already exists</source>
        <translation>Already exists</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="97"/>
        <source>Breaks a database rule</source>
        <translation>Breaks a database rule</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="99"/>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="110"/>
        <source>Your note was added to ticket %1, which had been closed meanwhile.</source>
        <translation>Your note was added to ticket %1, which had been closed meanwhile.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="113"/>
        <source>Your note was added to a ticket that had been closed meanwhile.</source>
        <translation>Your note was added to a ticket that had been closed meanwhile.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="115"/>
        <source>The server accepted your change with a remark: %1</source>
        <translation>The server accepted your change with a remark: %1</translation>
    </message>
</context>
<context>
    <name>OnlineIndicator</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="86"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="88"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="90"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="94"/>
        <source>Connection: %1</source>
        <translation>Connection: %1</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="151"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="153"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="158"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="162"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="183"/>
        <source>Also changed on the server meanwhile: %1</source>
        <translation>Also changed on the server meanwhile: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="240"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="240"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="240"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="240"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="241"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="349"/>
        <source>Everything delivered</source>
        <translation>Everything delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="350"/>
        <source>All your changes have reached the server.</source>
        <translation>All your changes have reached the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="361"/>
        <source>The server did not take these changes as they are. Decide for each one: resolve a conflict, correct and send again, or discard.</source>
        <translation>The server did not take these changes as they are. Decide for each one: resolve a conflict, correct and send again, or discard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="369"/>
        <source>Changes not delivered</source>
        <translation>Changes not delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="401"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="403"/>
        <source>&amp;Try again…</source>
        <translation>&amp;Try again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="405"/>
        <location filename="../../desktop/ui/outbox_panel.py" line="594"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="407"/>
        <source>Dis&amp;miss</source>
        <translation>Dis&amp;miss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="423"/>
        <source>Open the change</source>
        <translation>Open the change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="518"/>
        <source>Your change: %1</source>
        <translation>Your change: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="585"/>
        <source>Discard your change to “%1”?</source>
        <translation>Discard your change to “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="590"/>
        <source>The record keeps the server&apos;s version. This cannot be undone.</source>
        <translation>The record keeps the server&apos;s version. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="430"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="584"/>
        <source>Discard change</source>
        <translation>Discard change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="619"/>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="620"/>
        <source>The change could not be made: %1</source>
        <translation>The change could not be made: %1</translation>
    </message>
</context>
<context>
    <name>QueueListModel</name>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="73"/>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="76"/>
        <source>%1, %2 active tickets</source>
        <translation>%1, %2 active tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="91"/>
        <source>All queues: %1 new, %2 open, %3 pending</source>
        <translation>All queues: %1 new, %2 open, %3 pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="96"/>
        <source>%1: %2 new, %3 open, %4 pending</source>
        <translation>%1: %2 new, %3 open, %4 pending</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="267"/>
        <source>Send change again</source>
        <translation>Send change again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="276"/>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="283"/>
        <source>Correct your change and send it again.</source>
        <translation>Correct your change and send it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="303"/>
        <source>The change is sent again as it is.</source>
        <translation>The change is sent again as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="311"/>
        <source>&amp;Send again</source>
        <translation>&amp;Send again</translation>
    </message>
</context>
<context>
    <name>TicketDetailView</name>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="32"/>
        <source>No ticket selected</source>
        <translation>No ticket selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="33"/>
        <source>Select a ticket in the list to see its details and timeline.</source>
        <translation>Select a ticket in the list to see its details and timeline.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="68"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="69"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="70"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="71"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="72"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="73"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="74"/>
        <source>Solution due</source>
        <translation>Solution due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="93"/>
        <source>Description and timeline</source>
        <translation>Description and timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="133"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="148"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="149"/>
        <source>No description.</source>
        <translation>No description.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="150"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="151"/>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="189"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="190"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="191"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="192"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="193"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="194"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="195"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>VersionCell</name>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="74"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="74"/>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="78"/>
        <source>Take mine</source>
        <translation>Take mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="78"/>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
</context>
</TS>
