<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="68"/>
        <source>During a call only Offline can be chosen.</source>
        <translation>During a call only Offline can be chosen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="69"/>
        <source>This status is set by the telephone system.</source>
        <translation>This status is set by the telephone system.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="71"/>
        <source>Choose a reason for the break.</source>
        <translation>Choose a reason for the break.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="72"/>
        <source>This break reason is not offered here.</source>
        <translation>This break reason is not offered here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="73"/>
        <source>The status could not be saved. Please try again.</source>
        <translation>The status could not be saved. Please try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="76"/>
        <source>The status cannot be changed now.</source>
        <translation>The status cannot be changed now.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="53"/>
        <source>Lunch break</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="54"/>
        <source>Short break</source>
        <translation>Short break</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="55"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="56"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="57"/>
        <source>Technical problem</source>
        <translation>Technical problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="66"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="67"/>
        <source>On a call</source>
        <translation>On a call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="68"/>
        <source>After-call work</source>
        <translation>After-call work</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="69"/>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="70"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="71"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="75"/>
        <source>Break: %1</source>
        <translation>Break: %1</translation>
    </message>
</context>
<context>
    <name>AgentStatePanel</name>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="118"/>
        <source>&amp;Break</source>
        <translation>&amp;Break</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="144"/>
        <source>Go to the &amp;wrap-up</source>
        <translation>Go to the &amp;wrap-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="156"/>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="249"/>
        <source>Your status: %1, since %2.</source>
        <translation>Your status: %1, since %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="251"/>
        <source>Sign in to set your status.</source>
        <translation>Sign in to set your status.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="253"/>
        <source>Available %1 · Break %2 · Training %3 · Offline %4</source>
        <translation>Available %1 · Break %2 · Training %3 · Offline %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="257"/>
        <source>Your status: %1</source>
        <translation>Your status: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="258"/>
        <source>Now: %1 for %2</source>
        <translation>Now: %1 for %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="285"/>
        <source>Wrap-up saved.</source>
        <translation>Wrap-up saved.</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="225"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="225"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="225"/>
        <source>In state</source>
        <translation>In state</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="225"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="226"/>
        <source>Call time</source>
        <translation>Call time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="226"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="226"/>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="227"/>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="230"/>
        <source>Time in the current state</source>
        <translation>Time in the current state</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="230"/>
        <source>Caller of the current call</source>
        <translation>Caller of the current call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="231"/>
        <source>Duration of the current call</source>
        <translation>Duration of the current call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="232"/>
        <source>Open tickets owned by the agent</source>
        <translation>Open tickets owned by the agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="233"/>
        <source>Calls and tickets handled today</source>
        <translation>Calls and tickets handled today</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="214"/>
        <source>Access revoked</source>
        <translation>Access revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="228"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Your sign-in has expired. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="352"/>
        <source>Local data cannot be read</source>
        <translation>Local data cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="353"/>
        <source>The local AgentDesk data on this computer is encrypted, and its key is missing from the system keyring. It cannot be read, so it is replaced by a fresh copy from the server after you sign in. Changes that had not reached the server cannot be recovered.</source>
        <translation>The local AgentDesk data on this computer is encrypted, and its key is missing from the system keyring. It cannot be read, so it is replaced by a fresh copy from the server after you sign in. Changes that had not reached the server cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="367"/>
        <source>AgentDesk cannot start</source>
        <translation>AgentDesk cannot start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="368"/>
        <source>The data on this computer was written by a newer version of AgentDesk. Please install that version, or ask your IT department for help.</source>
        <translation>The data on this computer was written by a newer version of AgentDesk. Please install that version, or ask your IT department for help.</translation>
    </message>
</context>
<context>
    <name>BroadcastBanner</name>
    <message>
        <location filename="../../desktop/ui/broadcast_banner.py" line="128"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/broadcast_banner.py" line="134"/>
        <source>Hide this message; the next one shows, if any (%1)</source>
        <translation>Hide this message; the next one shows, if any (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/broadcast_banner.py" line="141"/>
        <source>Message from the supervisor</source>
        <translation>Message from the supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/broadcast_banner.py" line="199"/>
        <location filename="../../desktop/ui/broadcast_banner.py" line="249"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/broadcast_banner.py" line="200"/>
        <source>Message from %1 at %2</source>
        <translation>Message from %1 at %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/broadcast_banner.py" line="204"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/broadcast_banner.py" line="248"/>
        <source>Message from %1</source>
        <translation>Message from %1</translation>
    </message>
</context>
<context>
    <name>BroadcastDialog</name>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="377"/>
        <source>Broadcast to the team</source>
        <translation>Broadcast to the team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="381"/>
        <source>The message appears on the desktops of “%1”.</source>
        <translation>The message appears on the desktops of “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="387"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="388"/>
        <source>e.g. Outage of the VPN gateway: please open one ticket per caller in the VPN queue.</source>
        <translation>e.g. Outage of the VPN gateway: please open one ticket per caller in the VPN queue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="396"/>
        <source>&amp;Show for:</source>
        <translation>&amp;Show for:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/supervisor_actions.py" line="400"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/supervisor_actions.py" line="401"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="413"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="414"/>
        <source>Send the message (%1)</source>
        <translation>Send the message (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="440"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
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
        <location filename="../../desktop/ui/conflict_dialog.py" line="151"/>
        <source>Conflicting fields</source>
        <translation>Conflicting fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="159"/>
        <source>Alt+M: take mine · Alt+T: take theirs (for the field with the cursor) · with Shift: for all fields · Ctrl+Enter: apply</source>
        <translation>Alt+M: take mine · Alt+T: take theirs (for the field with the cursor) · with Shift: for all fields · Ctrl+Enter: apply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="167"/>
        <source>All mine</source>
        <translation>All mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="169"/>
        <source>Take my version for every field (%1)</source>
        <translation>Take my version for every field (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="173"/>
        <source>All theirs</source>
        <translation>All theirs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="176"/>
        <source>Take the server&apos;s version for every field (%1)</source>
        <translation>Take the server&apos;s version for every field (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="183"/>
        <source>&amp;Apply decision</source>
        <translation>&amp;Apply decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="239"/>
        <source>Before both changes: %1</source>
        <translation>Before both changes: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="39"/>
        <source>AgentDesk ran into a problem</source>
        <translation>AgentDesk ran into a problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="45"/>
        <source>Something went wrong inside AgentDesk.</source>
        <translation>Something went wrong inside AgentDesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="54"/>
        <source>Crash report</source>
        <translation>Crash report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="60"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="64"/>
        <source>Copy the report to the clipboard, e.g. for an e-mail to your IT department (%1)</source>
        <translation>Copy the report to the clipboard, e.g. for an e-mail to your IT department (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="66"/>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="70"/>
        <source>Open the folder with the reports and log files (%1)</source>
        <translation>Open the folder with the reports and log files (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="90"/>
        <source>A report was saved as %1. E-mail addresses, phone numbers and passwords have been removed from it. Please send it to your IT department. You can go on working, but save your work first.</source>
        <translation>A report was saved as %1. E-mail addresses, phone numbers and passwords have been removed from it. Please send it to your IT department. You can go on working, but save your work first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="99"/>
        <source>The report is on the clipboard.</source>
        <translation>The report is on the clipboard.</translation>
    </message>
</context>
<context>
    <name>CustomerDialogs</name>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="303"/>
        <source>Erase personal data?</source>
        <translation>Erase personal data?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="304"/>
        <source>The personal data of %1 will be erased on the server and on every workstation: name, address, notes, phone numbers and e-mail addresses, and the customer&apos;s name, numbers and addresses in the text of their tickets. The tickets are kept. This cannot be undone.</source>
        <translation>The personal data of %1 will be erased on the server and on every workstation: name, address, notes, phone numbers and e-mail addresses, and the customer&apos;s name, numbers and addresses in the text of their tickets. The tickets are kept. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="312"/>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="351"/>
        <source>Name, customer number or phone</source>
        <translation>Name, customer number or phone</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="115"/>
        <source>Enter a first or a last name.</source>
        <translation>Enter a first or a last name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="118"/>
        <source>Enter the phone number or remove the row.</source>
        <translation>Enter the phone number or remove the row.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="119"/>
        <source>A withheld number cannot be stored.</source>
        <translation>A withheld number cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="120"/>
        <source>This is not a phone number.</source>
        <translation>This is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="121"/>
        <source>This number is too short.</source>
        <translation>This number is too short.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="122"/>
        <source>This number is too long.</source>
        <translation>This number is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="123"/>
        <source>There is no country with this code.</source>
        <translation>There is no country with this code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="126"/>
        <source>This number does not exist. Foreign numbers start with + and the country code.</source>
        <translation>This number does not exist. Foreign numbers start with + and the country code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="130"/>
        <source>This number is already in the list.</source>
        <translation>This number is already in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="131"/>
        <location filename="../../desktop/ui/customer_panel.py" line="142"/>
        <source>The label is too long.</source>
        <translation>The label is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="133"/>
        <source>This phone number is not valid.</source>
        <translation>This phone number is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="136"/>
        <source>Enter the e-mail address or remove the row.</source>
        <translation>Enter the e-mail address or remove the row.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="137"/>
        <source>An e-mail address needs an @.</source>
        <translation>An e-mail address needs an @.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="138"/>
        <source>The part before the @ is not valid.</source>
        <translation>The part before the @ is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="139"/>
        <source>The domain after the @ is not valid.</source>
        <translation>The domain after the @ is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="140"/>
        <source>This address is too long.</source>
        <translation>This address is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="141"/>
        <source>This address is already in the list.</source>
        <translation>This address is already in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="144"/>
        <source>This e-mail address is not valid.</source>
        <translation>This e-mail address is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="146"/>
        <source>Use the two-letter country code, e.g. DE, AT or CH.</source>
        <translation>Use the two-letter country code, e.g. DE, AT or CH.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="148"/>
        <source>Choose a language.</source>
        <translation>Choose a language.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="150"/>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="153"/>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="162"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="164"/>
        <source>The server cannot be reached. Try again when the connection is back.</source>
        <translation>The server cannot be reached. Try again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="168"/>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Your sign-in has expired. Sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="170"/>
        <source>Only supervisors and administrators may do this.</source>
        <translation>Only supervisors and administrators may do this.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="172"/>
        <source>The server does not know this customer yet. Sync and try again.</source>
        <translation>The server does not know this customer yet. Sync and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="175"/>
        <source>One of the records was merged already.</source>
        <translation>One of the records was merged already.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="177"/>
        <source>One of the records was erased.</source>
        <translation>One of the records was erased.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="178"/>
        <source>The server refused the request (%1).</source>
        <translation>The server refused the request (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="186"/>
        <source>%1 is not a phone number that can be dialled.</source>
        <translation>%1 is not a phone number that can be dialled.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="189"/>
        <source>The telephone system refused the call (HTTP %1).</source>
        <translation>The telephone system refused the call (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="193"/>
        <source>No program for phone calls is set up. Dial %1 by hand.</source>
        <translation>No program for phone calls is set up. Dial %1 by hand.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="196"/>
        <source>The telephone system does not answer. Dial by hand, and check the click-to-dial address in the settings.</source>
        <translation>The telephone system does not answer. Dial by hand, and check the click-to-dial address in the settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="205"/>
        <source>Merged with</source>
        <translation>Merged with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="206"/>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="207"/>
        <source>Personal data erased</source>
        <translation>Personal data erased</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="214"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="215"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="216"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="217"/>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="218"/>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="219"/>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="220"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="221"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="228"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="229"/>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="230"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="237"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="238"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="239"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="277"/>
        <location filename="../../desktop/ui/customer_panel.py" line="356"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="278"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="279"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="280"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="285"/>
        <source>Ticket (%1)</source>
        <translation>Ticket (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="290"/>
        <source>Outgoing call</source>
        <translation>Outgoing call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="292"/>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="357"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="358"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="359"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="360"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="369"/>
        <location filename="../../desktop/ui/customer_panel.py" line="947"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="371"/>
        <location filename="../../desktop/ui/customer_panel.py" line="949"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="422"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="427"/>
        <source>e.g. 0171 1234567 or +43 1 5350000</source>
        <translation>e.g. 0171 1234567 or +43 1 5350000</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1320"/>
        <source>Calling %1…</source>
        <translation>Calling %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1395"/>
        <source>The records were merged. The change arrives with the next sync.</source>
        <translation>The records were merged. The change arrives with the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1413"/>
        <source>Export customer data</source>
        <translation>Export customer data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1414"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1424"/>
        <source>The customer&apos;s data was saved to %1.</source>
        <translation>The customer&apos;s data was saved to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1458"/>
        <source>The customer&apos;s personal data was erased on the server. Every workstation removes it with its next sync.</source>
        <translation>The customer&apos;s personal data was erased on the server. Every workstation removes it with its next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="203"/>
        <location filename="../../desktop/ui/customer_panel.py" line="429"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="431"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="204"/>
        <location filename="../../desktop/ui/customer_panel.py" line="432"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="435"/>
        <location filename="../../desktop/ui/customer_panel.py" line="436"/>
        <source>Remove this row</source>
        <translation>Remove this row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="537"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="538"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="540"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="541"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="543"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="570"/>
        <source>Customer details</source>
        <translation>Customer details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="576"/>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="583"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="587"/>
        <source>Ticket history</source>
        <translation>Ticket history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="589"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="592"/>
        <location filename="../../desktop/ui/customer_panel.py" line="593"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="613"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="625"/>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="626"/>
        <location filename="../../desktop/ui/customer_panel.py" line="713"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="627"/>
        <location filename="../../desktop/ui/customer_panel.py" line="726"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="628"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="629"/>
        <location filename="../../desktop/ui/customer_panel.py" line="753"/>
        <location filename="../../desktop/ui/customer_panel.py" line="758"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="630"/>
        <location filename="../../desktop/ui/customer_panel.py" line="762"/>
        <location filename="../../desktop/ui/customer_panel.py" line="766"/>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="631"/>
        <source>Consent to contact</source>
        <translation>Consent to contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="632"/>
        <location filename="../../desktop/ui/customer_panel.py" line="775"/>
        <location filename="../../desktop/ui/customer_panel.py" line="779"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="678"/>
        <location filename="../../desktop/ui/customer_panel.py" line="686"/>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="680"/>
        <location filename="../../desktop/ui/customer_panel.py" line="687"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="681"/>
        <location filename="../../desktop/ui/customer_panel.py" line="688"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="692"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="698"/>
        <location filename="../../desktop/ui/customer_panel.py" line="700"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="705"/>
        <source>Add phone number</source>
        <translation>Add phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="718"/>
        <source>Add e-mail address</source>
        <translation>Add e-mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="728"/>
        <location filename="../../desktop/ui/customer_panel.py" line="730"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="733"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="736"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="737"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="739"/>
        <source>Two-letter country code, e.g. DE</source>
        <translation>Two-letter country code, e.g. DE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="749"/>
        <source>Postal code, city</source>
        <translation>Postal code, city</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="768"/>
        <source>The customer agrees to be contacted</source>
        <translation>The customer agrees to be contacted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="772"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="783"/>
        <source>&amp;Edit customer</source>
        <translation>&amp;Edit customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="787"/>
        <source>&amp;Save customer</source>
        <translation>&amp;Save customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="792"/>
        <source>&amp;Cancel editing</source>
        <translation>&amp;Cancel editing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="798"/>
        <source>Show phone numbers &amp;internationally</source>
        <translation>Show phone numbers &amp;internationally</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="810"/>
        <source>Edit customer (%1)</source>
        <translation>Edit customer (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="815"/>
        <source>Save (%1)</source>
        <translation>Save (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="819"/>
        <source>&amp;Call the customer</source>
        <translation>&amp;Call the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="823"/>
        <source>&amp;Merge with…</source>
        <translation>&amp;Merge with…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="827"/>
        <source>E&amp;xport data…</source>
        <translation>E&amp;xport data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="830"/>
        <source>E&amp;rase personal data…</source>
        <translation>E&amp;rase personal data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="848"/>
        <source>More actions for this customer</source>
        <translation>More actions for this customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="905"/>
        <source>No customer</source>
        <translation>No customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="907"/>
        <source>Customer not found</source>
        <translation>Customer not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="910"/>
        <source>Select a ticket to see its customer.</source>
        <translation>Select a ticket to see its customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="916"/>
        <source>Erased customer</source>
        <translation>Erased customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="921"/>
        <source>Private customer</source>
        <translation>Private customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="935"/>
        <source>Click a number to call it (%1: the first).</source>
        <translation>Click a number to call it (%1: the first).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1017"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1031"/>
        <source>— none (private customer) —</source>
        <translation>— none (private customer) —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1205"/>
        <source>The customer could not be saved. Nothing was lost: your input is still here.</source>
        <translation>The customer could not be saved. Nothing was lost: your input is still here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1221"/>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1226"/>
        <source>same phone number %1</source>
        <translation>same phone number %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1230"/>
        <source>same e-mail address %1</source>
        <translation>same e-mail address %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1232"/>
        <source>similar name in the same organisation</source>
        <translation>similar name in the same organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1238"/>
        <source>This may be a customer who is already stored:</source>
        <translation>This may be a customer who is already stored:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1242"/>
        <source>Check the list. Save again to save anyway.</source>
        <translation>Check the list. Save again to save anyway.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1263"/>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1264"/>
        <source>Your changes to this customer have not been saved. Discard them?</source>
        <translation>Your changes to this customer have not been saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="116"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="121"/>
        <location filename="../../desktop/ui/supervisor_actions.py" line="162"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="125"/>
        <location filename="../../desktop/ui/supervisor_actions.py" line="127"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="131"/>
        <location filename="../../desktop/ui/supervisor_actions.py" line="133"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="139"/>
        <source>&amp;Open ticket</source>
        <translation>&amp;Open ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="141"/>
        <source>Open the ticket in the main window (%1)</source>
        <translation>Open the ticket in the main window (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="142"/>
        <source>&amp;Reassign…</source>
        <translation>&amp;Reassign…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="144"/>
        <source>Give the selected tickets another owner or queue (%1)</source>
        <translation>Give the selected tickets another owner or queue (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="172"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="172"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="172"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="172"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="173"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="173"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="183"/>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="183"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="183"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="183"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="184"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/supervisor_actions.py" line="198"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="200"/>
        <source>(only the first 500 are shown)</source>
        <translation>(only the first 500 are shown)</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="92"/>
        <source>%1 confirms · Esc cancels</source>
        <translation>%1 confirms · Esc cancels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="142"/>
        <source>Escalate ticket</source>
        <translation>Escalate ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="143"/>
        <source>The ticket moves to the chosen queue on %1 and leaves your hands. Write down what the next level needs so that nobody has to ask the customer again.</source>
        <translation>The ticket moves to the chosen queue on %1 and leaves your hands. Write down what the next level needs so that nobody has to ask the customer again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="146"/>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="150"/>
        <source>&amp;Target queue</source>
        <translation>&amp;Target queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="154"/>
        <source>What was t&amp;ried</source>
        <translation>What was t&amp;ried</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="155"/>
        <source>&amp;Findings</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="156"/>
        <source>What the &amp;customer was told</source>
        <translation>What the &amp;customer was told</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="174"/>
        <source>There is no queue on %1 on this computer.</source>
        <translation>There is no queue on %1 on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="209"/>
        <source>Please describe what was tried.</source>
        <translation>Please describe what was tried.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="210"/>
        <source>Please describe what was found.</source>
        <translation>Please describe what was found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="211"/>
        <source>Please note what the customer was told.</source>
        <translation>Please note what the customer was told.</translation>
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
    <name>HandBackDialog</name>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="242"/>
        <source>Hand back ticket</source>
        <translation>Hand back ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="243"/>
        <source>The ticket goes back to a lower level, for example so that the 1st level tells the customer the solution. Say why.</source>
        <translation>The ticket goes back to a lower level, for example so that the 1st level tells the customer the solution. Say why.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="245"/>
        <source>&amp;Hand back</source>
        <translation>&amp;Hand back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="249"/>
        <source>&amp;Target queue</source>
        <translation>&amp;Target queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="257"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="262"/>
        <source>The ticket is on the 1st level: there is no lower level to hand it back to.</source>
        <translation>The ticket is on the 1st level: there is no lower level to hand it back to.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="275"/>
        <source>Please give a reason for handing the ticket back.</source>
        <translation>Please give a reason for handing the ticket back.</translation>
    </message>
</context>
<context>
    <name>KnowledgeEditor</name>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="90"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="98"/>
        <source>comma-separated, e.g. wlan, router</source>
        <translation>comma-separated, e.g. wlan, router</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="101"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="102"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="112"/>
        <source>Delete removes the selected article</source>
        <translation>Delete removes the selected article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="119"/>
        <source>Add a related article: type part of its title, Enter</source>
        <translation>Add a related article: type part of its title, Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="127"/>
        <source>What changed? Shown in the version list, e.g. “Step 2: new menu”</source>
        <translation>What changed? Shown in the version list, e.g. “Step 2: new menu”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="128"/>
        <source>Required to publish a new version of a published article (%1)</source>
        <translation>Required to publish a new version of a published article (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="140"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="142"/>
        <source>Prod&amp;uct</source>
        <translation>Prod&amp;uct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="148"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="149"/>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="150"/>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="151"/>
        <source>&amp;Related</source>
        <translation>&amp;Related</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="152"/>
        <source>Change &amp;note</source>
        <translation>Change &amp;note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="157"/>
        <source>Article text (Markdown)</source>
        <translation>Article text (Markdown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="163"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="164"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="171"/>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="172"/>
        <source>Save as a draft (%1)</source>
        <translation>Save as a draft (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="174"/>
        <source>Send for re&amp;view</source>
        <translation>Send for re&amp;view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="175"/>
        <source>Send to a knowledge editor for review (%1)</source>
        <translation>Send to a knowledge editor for review (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="178"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="179"/>
        <source>Publish: 1st level sees this text (%1)</source>
        <translation>Publish: 1st level sees this text (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="181"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="182"/>
        <source>Take the article out of use</source>
        <translation>Take the article out of use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="184"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="187"/>
        <source>Close without saving (%1)</source>
        <translation>Close without saving (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="254"/>
        <source>Propose an article</source>
        <translation>Propose an article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="256"/>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="257"/>
        <source>Edit article: %1</source>
        <translation>Edit article: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="286"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="287"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="289"/>
        <source>Your changes go to a knowledge editor for review.</source>
        <translation>Your changes go to a knowledge editor for review.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="311"/>
        <source>No article title contains “%1”.</source>
        <translation>No article title contains “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="348"/>
        <source>Archive article</source>
        <translation>Archive article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="349"/>
        <source>Archive “%1”? 1st level will no longer find it.</source>
        <translation>Archive “%1”? 1st level will no longer find it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="357"/>
        <source>Please describe in the change note what this version changes.</source>
        <translation>Please describe in the change note what this version changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="365"/>
        <source>The article could not be saved: %1</source>
        <translation>The article could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgeMessages</name>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="18"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="19"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="20"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="21"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="31"/>
        <source>Only a knowledge editor may create an article as “%1”.</source>
        <translation>Only a knowledge editor may create an article as “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="35"/>
        <source>Only a knowledge editor may move an article from “%1” to “%2”.</source>
        <translation>Only a knowledge editor may move an article from “%1” to “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="39"/>
        <source>An article cannot go from “%1” to “%2”.</source>
        <translation>An article cannot go from “%1” to “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="42"/>
        <source>1st level proposes articles from a resolved or closed ticket only.</source>
        <translation>1st level proposes articles from a resolved or closed ticket only.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="45"/>
        <source>Only 2nd and 3rd level agents edit articles; 1st level edits its own open proposals.</source>
        <translation>Only 2nd and 3rd level agents edit articles; 1st level edits its own open proposals.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="48"/>
        <source>You have already rated this article for this ticket.</source>
        <translation>You have already rated this article for this ticket.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="50"/>
        <source>This article is already linked to the ticket.</source>
        <translation>This article is already linked to the ticket.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="52"/>
        <source>Open a ticket first.</source>
        <translation>Open a ticket first.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="54"/>
        <source>Unknown article status.</source>
        <translation>Unknown article status.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="55"/>
        <source>Please enter a title.</source>
        <translation>Please enter a title.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="56"/>
        <source>The article is no longer there.</source>
        <translation>The article is no longer there.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="58"/>
        <source>The server refused the change (%1).</source>
        <translation>The server refused the change (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="66"/>
        <source>Your change to “%1” goes to a knowledge editor for review; 1st level sees the published text until then.</source>
        <translation>Your change to “%1” goes to a knowledge editor for review; 1st level sees the published text until then.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="70"/>
        <source>Your change to a published article goes to a knowledge editor for review; 1st level sees the published text until then.</source>
        <translation>Your change to a published article goes to a knowledge editor for review; 1st level sees the published text until then.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="73"/>
        <source>The server accepted your change with a remark: %1</source>
        <translation>The server accepted your change with a remark: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="263"/>
        <source>Search knowledge</source>
        <translation>Search knowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="265"/>
        <source>Search the knowledge base…</source>
        <translation>Search the knowledge base…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="268"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="269"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="270"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="271"/>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="276"/>
        <source>Articles found</source>
        <translation>Articles found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="302"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="383"/>
        <source>Articles for this step</source>
        <translation>Articles for this step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="425"/>
        <source>This solved it</source>
        <translation>This solved it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="427"/>
        <source>Did not help</source>
        <translation>Did not help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="429"/>
        <source>Link to ticket</source>
        <translation>Link to ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="431"/>
        <source>Insert solution into note</source>
        <translation>Insert solution into note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="433"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="435"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="437"/>
        <source>Propose improvement</source>
        <translation>Propose improvement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="440"/>
        <source>Propose article from ticket</source>
        <translation>Propose article from ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="442"/>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="519"/>
        <source>Open the ticket to insert the solution.</source>
        <translation>Open the ticket to insert the solution.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="535"/>
        <source>Thank you: the article is counted as helpful.</source>
        <translation>Thank you: the article is counted as helpful.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="536"/>
        <source>Thank you: noted that the article did not help.</source>
        <translation>Thank you: noted that the article did not help.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="537"/>
        <source>The article is linked to the ticket.</source>
        <translation>The article is linked to the ticket.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="538"/>
        <source>The solution is in the note; add it with %1.</source>
        <translation>The solution is in the note; add it with %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="597"/>
        <source>Saved as “%1”; it is sent with the next sync.</source>
        <translation>Saved as “%1”; it is sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="636"/>
        <source>This solved it (%1)</source>
        <translation>This solved it (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="638"/>
        <source>Did not help (%1)</source>
        <translation>Did not help (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="661"/>
        <source>Views: %1 · uses: %2 · tickets solved: %3</source>
        <translation>Views: %1 · uses: %2 · tickets solved: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="667"/>
        <source>Tickets this article solved:</source>
        <translation>Tickets this article solved:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="673"/>
        <source>Linked to this ticket:</source>
        <translation>Linked to this ticket:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="713"/>
        <source>Suggested for this ticket</source>
        <translation>Suggested for this ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="732"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="754"/>
        <source>No articles found</source>
        <translation>No articles found</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/knowledge_panel.py" line="758"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="761"/>
        <source>also searched for: %1</source>
        <translation>also searched for: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="778"/>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="781"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="781"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="815"/>
        <source>The article is no longer there.</source>
        <translation>The article is no longer there.</translation>
    </message>
</context>
<context>
    <name>KnowledgeVersions</name>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="46"/>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="59"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="60"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="61"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="71"/>
        <source>The text is the same in both versions.</source>
        <translation>The text is the same in both versions.</translation>
    </message>
</context>
<context>
    <name>KnowledgeVersionsDialog</name>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="100"/>
        <source>Versions of “%1”</source>
        <translation>Versions of “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="107"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="107"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="107"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="108"/>
        <source>Published by</source>
        <translation>Published by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="108"/>
        <source>Change note</source>
        <translation>Change note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="134"/>
        <source>C&amp;ompare</source>
        <translation>C&amp;ompare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="136"/>
        <source>&amp;with</source>
        <translation>&amp;with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="147"/>
        <source>This article has no published version yet.</source>
        <translation>This article has no published version yet.</translation>
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
        <location filename="../../desktop/ui/login_dialog.py" line="229"/>
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
        <location filename="../../desktop/ui/login_dialog.py" line="229"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="250"/>
        <source>Please enter the server address.</source>
        <translation>Please enter the server address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="254"/>
        <source>Please enter your user name.</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="258"/>
        <source>Please enter your password.</source>
        <translation>Please enter your password.</translation>
    </message>
</context>
<context>
    <name>MacroEditorDialog</name>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="162"/>
        <source>Edit macro</source>
        <translation>Edit macro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="163"/>
        <source>New macro</source>
        <translation>New macro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="182"/>
        <source>S&amp;hared with everybody</source>
        <translation>S&amp;hared with everybody</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="190"/>
        <location filename="../../desktop/ui/macro_dialog.py" line="196"/>
        <location filename="../../desktop/ui/macro_dialog.py" line="201"/>
        <source>(leave as it is)</source>
        <translation>(leave as it is)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="213"/>
        <source>Text of the entry (optional)</source>
        <translation>Text of the entry (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="216"/>
        <source>Insert:</source>
        <translation>Insert:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="220"/>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="221"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="222"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="223"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="224"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="225"/>
        <source>My name</source>
        <translation>My name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="240"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="242"/>
        <source>Short&amp;cut</source>
        <translation>Short&amp;cut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="243"/>
        <source>Set s&amp;tatus</source>
        <translation>Set s&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="244"/>
        <source>Set cate&amp;gory</source>
        <translation>Set cate&amp;gory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="245"/>
        <source>Set &amp;impact</source>
        <translation>Set &amp;impact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="246"/>
        <source>Set &amp;urgency</source>
        <translation>Set &amp;urgency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="247"/>
        <source>Add &amp;entry</source>
        <translation>Add &amp;entry</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/macro_dialog.py" line="293"/>
        <source>%n further action(s) of this macro stay as they are.</source>
        <translation>
            <numerusform>%n further action of this macro stays as it is.</numerusform>
            <numerusform>%n further actions of this macro stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="322"/>
        <source>The shortcut %1 is already used. Please choose another.</source>
        <translation>The shortcut %1 is already used. Please choose another.</translation>
    </message>
</context>
<context>
    <name>MacroManagerDialog</name>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="347"/>
        <location filename="../../desktop/ui/macro_dialog.py" line="360"/>
        <source>Macros</source>
        <translation>Macros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="358"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="358"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="359"/>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="364"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="365"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="366"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="367"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="396"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="396"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="400"/>
        <source>Shared by a colleague: you can run it, not change it.</source>
        <translation>Shared by a colleague: you can run it, not change it.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>AgentDesk — %1</source>
        <translation>AgentDesk — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156"/>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>Ticket status filter</source>
        <translation>Ticket status filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="262"/>
        <source>Active tickets</source>
        <translation>Active tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="371"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="373"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="376"/>
        <location filename="../../desktop/ui/main_window.py" line="1027"/>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="379"/>
        <source>Call script</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="397"/>
        <location filename="../../desktop/ui/main_window.py" line="1089"/>
        <source>Not delivered</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="419"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="420"/>
        <source>Fetch the newest tickets from the server</source>
        <translation>Fetch the newest tickets from the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="422"/>
        <source>Sign &amp;in again…</source>
        <translation>Sign &amp;in again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="425"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="426"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>The sort order, columns or filter differ from the saved view. Save view (%1) keeps them.</source>
        <translation>The sort order, columns or filter differ from the saved view. Save view (%1) keeps them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240"/>
        <source>Filter the list</source>
        <translation>Filter the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>Filter: reference, title, customer</source>
        <translation>Filter: reference, title, customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>Shows the tickets whose reference starts with the text, or whose title or customer contains every word (%1)</source>
        <translation>Shows the tickets whose reference starts with the text, or whose title or customer contains every word (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="430"/>
        <source>Go to &amp;views and queues</source>
        <translation>Go to &amp;views and queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="433"/>
        <source>Go to &amp;tickets</source>
        <translation>Go to &amp;tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="435"/>
        <source>Choose the status &amp;filter</source>
        <translation>Choose the status &amp;filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="438"/>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filter the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="439"/>
        <source>Show only tickets with this reference, title or customer</source>
        <translation>Show only tickets with this reference, title or customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="441"/>
        <source>&amp;Save view…</source>
        <translation>&amp;Save view…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="442"/>
        <source>Keep the filters, sort order and columns of the list as a view</source>
        <translation>Keep the filters, sort order and columns of the list as a view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="447"/>
        <source>Show view %1</source>
        <translation>Show view %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="460"/>
        <source>&amp;Not delivered changes</source>
        <translation>&amp;Not delivered changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="461"/>
        <source>Conflicts, rejected changes and notices from the server</source>
        <translation>Conflicts, rejected changes and notices from the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="463"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="465"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="466"/>
        <source>&amp;About AgentDesk</source>
        <translation>&amp;About AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="472"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="480"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="494"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="518"/>
        <source>Changes made on this computer that the server has not received yet. They are sent automatically.</source>
        <translation>Changes made on this computer that the server has not received yet. They are sent automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="525"/>
        <source>Changes the server did not take as they are. Click to decide what happens with them (%1).</source>
        <translation>Changes the server did not take as they are. Click to decide what happens with them (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="863"/>
        <source>View “%1” saved.</source>
        <translation>View “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="891"/>
        <location filename="../../desktop/ui/main_window.py" line="917"/>
        <location filename="../../desktop/ui/main_window.py" line="948"/>
        <source>Sign in to save views.</source>
        <translation>Sign in to save views.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="896"/>
        <source>View not saved</source>
        <translation>View not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="931"/>
        <source>Delete view</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="932"/>
        <source>Delete the view “%1”? The tickets stay as they are.</source>
        <translation>Delete the view “%1”? The tickets stay as they are.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="967"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1024"/>
        <source>No customer yet</source>
        <translation>No customer yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1025"/>
        <source>Select a ticket to see its customer.</source>
        <translation>Select a ticket to see its customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1027"/>
        <source>Select a ticket to see matching articles.</source>
        <translation>Select a ticket to see matching articles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1029"/>
        <location filename="../../desktop/ui/main_window.py" line="1040"/>
        <source>No call script</source>
        <translation>No call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1029"/>
        <source>Select a ticket to see its call script.</source>
        <translation>Select a ticket to see its call script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1034"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1036"/>
        <source>No customer</source>
        <translation>No customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1037"/>
        <source>This ticket has no customer.</source>
        <translation>This ticket has no customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1038"/>
        <source>No matching articles</source>
        <translation>No matching articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1039"/>
        <source>No knowledge articles match this ticket yet.</source>
        <translation>No knowledge articles match this ticket yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1041"/>
        <source>There is no call script for this queue yet.</source>
        <translation>There is no call script for this queue yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1062"/>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="1065"/>
        <source>Synchronising… %Ln record(s)</source>
        <translation>
            <numerusform>Synchronising… %Ln record</numerusform>
            <numerusform>Synchronising… %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="1083"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="1086"/>
        <source>%n not delivered</source>
        <translation>
            <numerusform>%n not delivered</numerusform>
            <numerusform>%n not delivered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1124"/>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1126"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1134"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1135"/>
        <source>Sign out of AgentDesk? The tickets stay on this computer.</source>
        <translation>Sign out of AgentDesk? The tickets stay on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1171"/>
        <source>Show or hide the panel “%1”</source>
        <translation>Show or hide the panel “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1173"/>
        <source>Set your status: %1</source>
        <translation>Set your status: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1178"/>
        <source>Show one of the first nine views</source>
        <translation>Show one of the first nine views</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1185"/>
        <location filename="../../desktop/ui/main_window.py" line="1189"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1194"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1194"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1220"/>
        <source>About AgentDesk</source>
        <translation>About AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1221"/>
        <source>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;The workplace for 1st, 2nd and 3rd level support: tickets, customers, knowledge and call scripts — also when the network is gone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;The workplace for 1st, 2nd and 3rd level support: tickets, customers, knowledge and call scripts — also when the network is gone.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="81"/>
        <source>Search &amp;knowledge</source>
        <translation>Search &amp;knowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="88"/>
        <source>Call &amp;script</source>
        <translation>Call &amp;script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="96"/>
        <source>&amp;Edit call scripts…</source>
        <translation>&amp;Edit call scripts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1363"/>
        <source>Tea&amp;m view…</source>
        <translation>Tea&amp;m view…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1367"/>
        <source>Agents, queues and service level of your team, live</source>
        <translation>Agents, queues and service level of your team, live</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1423"/>
        <source>This ticket is not on this computer yet; it arrives with the next sync.</source>
        <translation>This ticket is not on this computer yet; it arrives with the next sync.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="78"/>
        <source>Merge customer records</source>
        <translation>Merge customer records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="102"/>
        <source>Tickets, calls, phone numbers, e-mail addresses and the change history of the other record move to the record you keep. The other record is hidden afterwards.</source>
        <translation>Tickets, calls, phone numbers, e-mail addresses and the change history of the other record move to the record you keep. The other record is hidden afterwards.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="108"/>
        <source>&amp;Find the other record:</source>
        <translation>&amp;Find the other record:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="112"/>
        <source>Name, phone number, e-mail or customer number</source>
        <translation>Name, phone number, e-mail or customer number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="117"/>
        <source>Matching customers</source>
        <translation>Matching customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="127"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="139"/>
        <source>Values that differ</source>
        <translation>Values that differ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="144"/>
        <source>No field has two different values.</source>
        <translation>No field has two different values.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="151"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="215"/>
        <source>This record: %1</source>
        <translation>This record: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="218"/>
        <source>(choose above)</source>
        <translation>(choose above)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="219"/>
        <source>The other record: %1</source>
        <translation>The other record: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="226"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="226"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="245"/>
        <source>%1 (record kept)</source>
        <translation>%1 (record kept)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="247"/>
        <source>%1 (record merged)</source>
        <translation>%1 (record merged)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="250"/>
        <source>Both, one after the other</source>
        <translation>Both, one after the other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="276"/>
        <source>Merge customer records?</source>
        <translation>Merge customer records?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="277"/>
        <source>%1 will be merged into %2. This cannot be undone.</source>
        <translation>%1 will be merged into %2. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="281"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/app/messages.py" line="51"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="52"/>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Your sign-in is no longer valid. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="54"/>
        <source>The server at %1 sends AgentDesk on to %2. Please use that address as the server address.</source>
        <translation>The server at %1 sends AgentDesk on to %2. Please use that address as the server address.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="58"/>
        <source>The server at %1 answered, but not like an AgentDesk server. Please check the server address.</source>
        <translation>The server at %1 answered, but not like an AgentDesk server. Please check the server address.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="105"/>
        <source>The security certificate of %1 was not accepted, so no connection was made. Please contact your IT department.</source>
        <translation>The security certificate of %1 was not accepted, so no connection was made. Please contact your IT department.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="65"/>
        <source>The server at %1 has a problem (error %2). You can go on working; AgentDesk keeps trying.</source>
        <translation>The server at %1 has a problem (error %2). You can go on working; AgentDesk keeps trying.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="46"/>
        <source>An administrator has revoked this workstation&apos;s access to AgentDesk. Its local data has been removed, including changes that had not reached the server. Please start AgentDesk again to sign in.</source>
        <translation>An administrator has revoked this workstation&apos;s access to AgentDesk. Its local data has been removed, including changes that had not reached the server. Please start AgentDesk again to sign in.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="70"/>
        <source>Server not reachable: %1 does not answer. You can go on working; AgentDesk keeps trying.</source>
        <translation>Server not reachable: %1 does not answer. You can go on working; AgentDesk keeps trying.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="73"/>
        <source>Server not reachable: %1 does not answer. Please check the server address and your network connection.</source>
        <translation>Server not reachable: %1 does not answer. Please check the server address and your network connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="78"/>
        <source>This version of AgentDesk is too old for the server. Please ask your IT department for an update.</source>
        <translation>This version of AgentDesk is too old for the server. Please ask your IT department for an update.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="81"/>
        <source>The server refused the request: you lack the permission.</source>
        <translation>The server refused the request: you lack the permission.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="83"/>
        <source>The server refused the request: %1</source>
        <translation>The server refused the request: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="85"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="93"/>
        <source>the certificate has expired</source>
        <translation>the certificate has expired</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="94"/>
        <source>the certificate is not valid yet (or this computer&apos;s clock is wrong)</source>
        <translation>the certificate is not valid yet (or this computer&apos;s clock is wrong)</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="96"/>
        <source>it was issued by a certificate authority this computer does not trust</source>
        <translation>it was issued by a certificate authority this computer does not trust</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="98"/>
        <source>the certificate is self-signed</source>
        <translation>the certificate is self-signed</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="99"/>
        <source>the certificate was issued for another server name</source>
        <translation>the certificate was issued for another server name</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="101"/>
        <source>the certificate has been revoked</source>
        <translation>the certificate has been revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="108"/>
        <source>The security certificate of %1 was not accepted: %2. No connection was made. Please contact your IT department.</source>
        <translation>The security certificate of %1 was not accepted: %2. No connection was made. Please contact your IT department.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="130"/>
        <source>Not permitted</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="131"/>
        <source>Invalid value</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="132"/>
        <source>Status change not possible</source>
        <translation>Status change not possible</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="133"/>
        <source>Deleted on the server</source>
        <translation>Deleted on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="134"/>
        <source>Already exists</source>
        <translation>Already exists</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="135"/>
        <source>Breaks a database rule</source>
        <translation>Breaks a database rule</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="136"/>
        <source>Queue not visible</source>
        <translation>Queue not visible</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="137"/>
        <source>Needs an escalation</source>
        <translation>Needs an escalation</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="138"/>
        <source>Hand-over note incomplete</source>
        <translation>Hand-over note incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="139"/>
        <source>Reference already taken</source>
        <translation>Reference already taken</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="141"/>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="157"/>
        <source>what was tried</source>
        <translation>what was tried</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="158"/>
        <source>findings</source>
        <translation>findings</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="159"/>
        <source>what the customer was told</source>
        <translation>what the customer was told</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="163"/>
        <source>The hand-over note is incomplete: %1 is missing.</source>
        <translation>The hand-over note is incomplete: %1 is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="165"/>
        <source>The hand-over note is incomplete.</source>
        <translation>The hand-over note is incomplete.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="167"/>
        <source>This record was deleted on the server.</source>
        <translation>This record was deleted on the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="168"/>
        <source>A record with this id exists already.</source>
        <translation>A record with this id exists already.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="169"/>
        <source>The change breaks a rule of the database (a duplicate or a missing reference).</source>
        <translation>The change breaks a rule of the database (a duplicate or a missing reference).</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="171"/>
        <source>You may not work on tickets of this queue.</source>
        <translation>You may not work on tickets of this queue.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="173"/>
        <source>A ticket moves to another support level only by escalation or hand-back.</source>
        <translation>A ticket moves to another support level only by escalation or hand-back.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="176"/>
        <source>The server does not know this agent state.</source>
        <translation>The server does not know this agent state.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="178"/>
        <source>A break needs a reason.</source>
        <translation>A break needs a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="179"/>
        <source>The server does not know this break reason.</source>
        <translation>The server does not know this break reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="181"/>
        <source>Only a break has a reason.</source>
        <translation>Only a break has a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="182"/>
        <source>The time of this change lies in the future. Please check the clock of this computer.</source>
        <translation>The time of this change lies in the future. Please check the clock of this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="184"/>
        <source>A state cannot end before it starts.</source>
        <translation>A state cannot end before it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="187"/>
        <source>Another ticket already has the reference %1.</source>
        <translation>Another ticket already has the reference %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="192"/>
        <source>You may only change your own %1.</source>
        <translation>You may only change your own %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="195"/>
        <source>Changing %1 needs the role “%2”.</source>
        <translation>Changing %1 needs the role “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="198"/>
        <source>Changing %1 needs support level %2 or higher.</source>
        <translation>Changing %1 needs support level %2 or higher.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="200"/>
        <source>%1 cannot be changed this way.</source>
        <translation>%1 cannot be changed this way.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="202"/>
        <source>You are not permitted to make this change.</source>
        <translation>You are not permitted to make this change.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="210"/>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="211"/>
        <source>ticket entries</source>
        <translation>ticket entries</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="212"/>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="213"/>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="214"/>
        <source>phone numbers</source>
        <translation>phone numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="215"/>
        <source>e-mail addresses</source>
        <translation>e-mail addresses</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="216"/>
        <source>queues</source>
        <translation>queues</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="217"/>
        <source>teams</source>
        <translation>teams</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="218"/>
        <source>SLA policies</source>
        <translation>SLA policies</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="219"/>
        <source>knowledge articles</source>
        <translation>knowledge articles</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="220"/>
        <source>call scripts</source>
        <translation>call scripts</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="221"/>
        <source>macros</source>
        <translation>macros</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="222"/>
        <source>saved views</source>
        <translation>saved views</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="223"/>
        <source>agent states</source>
        <translation>agent states</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="224"/>
        <source>calls</source>
        <translation>calls</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="225"/>
        <source>users</source>
        <translation>users</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="232"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="233"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="234"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="247"/>
        <source>Your note was added to ticket %1, which had been closed meanwhile.</source>
        <translation>Your note was added to ticket %1, which had been closed meanwhile.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="250"/>
        <source>Your note was added to a ticket that had been closed meanwhile.</source>
        <translation>Your note was added to a ticket that had been closed meanwhile.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="252"/>
        <source>The server accepted your change with a remark: %1</source>
        <translation>The server accepted your change with a remark: %1</translation>
    </message>
</context>
<context>
    <name>MoveAgentDialog</name>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="307"/>
        <source>Move agent to queue</source>
        <translation>Move agent to queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="322"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="323"/>
        <source>&amp;From queue:</source>
        <translation>&amp;From queue:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="324"/>
        <source>&amp;To queue:</source>
        <translation>&amp;To queue:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="328"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="343"/>
        <source>None (add to a queue)</source>
        <translation>None (add to a queue)</translation>
    </message>
</context>
<context>
    <name>NewCustomerForm</name>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="98"/>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="99"/>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="100"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="101"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="102"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="118"/>
        <source>Enter a name or an organisation.</source>
        <translation>Enter a name or an organisation.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="55"/>
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="69"/>
        <source>Reference for the caller</source>
        <translation>Reference for the caller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="75"/>
        <source>Reference %1</source>
        <translation>Reference %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="79"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="103"/>
        <source>Optional. Without a customer the ticket is not linked to the caller.</source>
        <translation>Optional. Without a customer the ticket is not linked to the caller.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="110"/>
        <source>What is the problem, in a few words?</source>
        <translation>What is the problem, in a few words?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="127"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="149"/>
        <source>Assign to &amp;me</source>
        <translation>Assign to &amp;me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="162"/>
        <source>C&amp;ustomer</source>
        <translation>C&amp;ustomer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="163"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="164"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="165"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="166"/>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="167"/>
        <source>U&amp;rgency</source>
        <translation>U&amp;rgency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="168"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="169"/>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="180"/>
        <source>Enter creates the ticket · %1 from the description</source>
        <translation>Enter creates the ticket · %1 from the description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="187"/>
        <source>&amp;Create ticket</source>
        <translation>&amp;Create ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="251"/>
        <source>Please enter a title.</source>
        <translation>Please enter a title.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../desktop/app/notifications.py" line="627"/>
        <source>Ticket assigned to you</source>
        <translation>Ticket assigned to you</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="630"/>
        <source>Assigned by %1</source>
        <translation>Assigned by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="633"/>
        <source>Ticket handed back to your level</source>
        <translation>Ticket handed back to your level</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="635"/>
        <source>Ticket escalated to your level</source>
        <translation>Ticket escalated to your level</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="640"/>
        <source>SLA breached</source>
        <translation>SLA breached</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="642"/>
        <source>SLA at risk</source>
        <translation>SLA at risk</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="647"/>
        <source>First response was due at %1</source>
        <translation>First response was due at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="649"/>
        <source>First response due at %1</source>
        <translation>First response due at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="653"/>
        <source>Solution was due at %1</source>
        <translation>Solution was due at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="655"/>
        <source>Solution due at %1</source>
        <translation>Solution due at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="659"/>
        <source>Reminder due</source>
        <translation>Reminder due</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="665"/>
        <source>%n tickets assigned to you</source>
        <translation>%n tickets assigned to you</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="668"/>
        <source>%n tickets handed back to your level</source>
        <translation>%n tickets handed back to your level</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="670"/>
        <source>%n tickets escalated to your level</source>
        <translation>%n tickets escalated to your level</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="673"/>
        <source>SLA warning on %n tickets</source>
        <translation>SLA warning on %n tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="675"/>
        <source>%n reminders due</source>
        <translation>%n reminders due</translation>
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
        <location filename="../../desktop/ui/outbox_panel.py" line="144"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="146"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="151"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="155"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="176"/>
        <source>Also changed on the server meanwhile: %1</source>
        <translation>Also changed on the server meanwhile: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="234"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="234"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="234"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="234"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="235"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="344"/>
        <source>Everything delivered</source>
        <translation>Everything delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="345"/>
        <source>All your changes have reached the server.</source>
        <translation>All your changes have reached the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="356"/>
        <source>The server did not take these changes as they are. Decide for each one: resolve a conflict, correct and send again, or discard.</source>
        <translation>The server did not take these changes as they are. Decide for each one: resolve a conflict, correct and send again, or discard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="364"/>
        <source>Changes not delivered</source>
        <translation>Changes not delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="396"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="398"/>
        <source>&amp;Try again…</source>
        <translation>&amp;Try again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="400"/>
        <location filename="../../desktop/ui/outbox_panel.py" line="589"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="402"/>
        <source>Dis&amp;miss</source>
        <translation>Dis&amp;miss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="418"/>
        <source>Open the change</source>
        <translation>Open the change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="513"/>
        <source>Your change: %1</source>
        <translation>Your change: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="580"/>
        <source>Discard your change to “%1”?</source>
        <translation>Discard your change to “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="585"/>
        <source>The record keeps the server&apos;s version. This cannot be undone.</source>
        <translation>The record keeps the server&apos;s version. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="425"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="579"/>
        <source>Discard change</source>
        <translation>Discard change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="614"/>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="615"/>
        <source>The change could not be made: %1</source>
        <translation>The change could not be made: %1</translation>
    </message>
</context>
<context>
    <name>QueueListModel</name>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="87"/>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="90"/>
        <source>%1, %2 active tickets</source>
        <translation>%1, %2 active tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="110"/>
        <source>All queues: %1 new, %2 open, %3 pending</source>
        <translation>All queues: %1 new, %2 open, %3 pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="116"/>
        <source>%1: %2 new, %3 open, %4 pending</source>
        <translation>%1: %2 new, %3 open, %4 pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="122"/>
        <source>SLA: %1 at risk, %2 breached</source>
        <translation>SLA: %1 at risk, %2 breached</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="317"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="317"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="317"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="317"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="318"/>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="318"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="318"/>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="321"/>
        <source>Calls waiting in the queue</source>
        <translation>Calls waiting in the queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="322"/>
        <source>Unassigned new or open tickets in the queue</source>
        <translation>Unassigned new or open tickets in the queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="323"/>
        <source>The longest wait of a call or ticket, counting</source>
        <translation>The longest wait of a call or ticket, counting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="324"/>
        <source>Tickets whose SLA is about to be missed</source>
        <translation>Tickets whose SLA is about to be missed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="325"/>
        <source>Tickets whose SLA was missed</source>
        <translation>Tickets whose SLA was missed</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="249"/>
        <source>Reassign tickets</source>
        <translation>Reassign tickets</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/supervisor_actions.py" line="252"/>
        <source>%n ticket(s) selected.</source>
        <translation>
            <numerusform>%n ticket selected.</numerusform>
            <numerusform>%n tickets selected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="258"/>
        <source>Keep the owner</source>
        <translation>Keep the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="263"/>
        <source>Keep the queue</source>
        <translation>Keep the queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="266"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="267"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Queue:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="269"/>
        <source>A new queue must be of the tickets&apos; support level.</source>
        <translation>A new queue must be of the tickets&apos; support level.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="276"/>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="261"/>
        <source>Send change again</source>
        <translation>Send change again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="270"/>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="278"/>
        <source>Correct your change and send it again.</source>
        <translation>Correct your change and send it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="298"/>
        <source>The change is sent again as it is.</source>
        <translation>The change is sent again as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="306"/>
        <source>&amp;Send again</source>
        <translation>&amp;Send again</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="474"/>
        <source>Rename view</source>
        <translation>Rename view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="474"/>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="481"/>
        <source>For example: Printers in my queues</source>
        <translation>For example: Printers in my queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="483"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="484"/>
        <source>&amp;Share with my team</source>
        <translation>&amp;Share with my team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="490"/>
        <source>You are not in a team.</source>
        <translation>You are not in a team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="502"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="522"/>
        <source>You have a view with this name: saving replaces it.</source>
        <translation>You have a view with this name: saving replaces it.</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="54"/>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="55"/>
        <source>The caller withheld the number.</source>
        <translation>The caller withheld the number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="56"/>
        <source>This is not a phone number.</source>
        <translation>This is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="57"/>
        <source>The phone number is too short.</source>
        <translation>The phone number is too short.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="58"/>
        <source>The phone number is too long.</source>
        <translation>The phone number is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="59"/>
        <source>There is no country with this code.</source>
        <translation>There is no country with this code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="60"/>
        <source>This phone number does not exist. Check the area code.</source>
        <translation>This phone number does not exist. Check the area code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="62"/>
        <source>This is not a valid phone number.</source>
        <translation>This is not a valid phone number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="68"/>
        <source>An e-mail address needs an @.</source>
        <translation>An e-mail address needs an @.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="69"/>
        <source>The part before the @ is not valid.</source>
        <translation>The part before the @ is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="70"/>
        <source>The part after the @ is not a valid domain.</source>
        <translation>The part after the @ is not a valid domain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="71"/>
        <source>The e-mail address is too long.</source>
        <translation>The e-mail address is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="73"/>
        <source>This is not a valid e-mail address.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="205"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="209"/>
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="240"/>
        <source>Number withheld</source>
        <translation>Number withheld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="243"/>
        <source>Caller number</source>
        <translation>Caller number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="252"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="259"/>
        <source>Unknown number. Create the customer while you talk.</source>
        <translation>Unknown number. Create the customer while you talk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="264"/>
        <source>&amp;Open customer</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="266"/>
        <source>Known customer.</source>
        <translation>Known customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="270"/>
        <source>More customers use this number than are shown. Choose one, or search for the caller by name.</source>
        <translation>More customers use this number than are shown. Choose one, or search for the caller by name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screen_pop.py" line="276"/>
        <source>%n customer(s) use this number. Choose one.</source>
        <translation>
            <numerusform>%n customer uses this number.</numerusform>
            <numerusform>%n customers use this number. Choose one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="283"/>
        <source>&amp;Create customer</source>
        <translation>&amp;Create customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="325"/>
        <source>Outgoing call</source>
        <translation>Outgoing call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="325"/>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="328"/>
        <source>Call in progress</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="332"/>
        <source>Call ended</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="332"/>
        <source>Missed call</source>
        <translation>Missed call</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="88"/>
        <source>The script has no steps.</source>
        <translation>The script has no steps.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="90"/>
        <source>The start step “%1” does not exist.</source>
        <translation>The start step “%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="94"/>
        <source>The step id “%1” may only use letters, digits, _ . and - (at most 80).</source>
        <translation>The step id “%1” may only use letters, digits, _ . and - (at most 80).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="101"/>
        <source>Step “%1”: the question id “%2” may only use letters, digits and _.</source>
        <translation>Step “%1”: the question id “%2” may only use letters, digits and _.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="110"/>
        <source>Step “%1”: the question id “%2” is used more than once in the script.</source>
        <translation>Step “%1”: the question id “%2” is used more than once in the script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="119"/>
        <source>Step “%1”: question “%2” has an unknown type.</source>
        <translation>Step “%1”: question “%2” has an unknown type.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="126"/>
        <source>Step “%1”: question “%2” has no answers to choose from.</source>
        <translation>Step “%1”: question “%2” has no answers to choose from.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="134"/>
        <source>Step “%1”: question “%2” lists “%3” twice.</source>
        <translation>Step “%1”: question “%2” lists “%3” twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="143"/>
        <source>Step “%1”: question “%2” has a minimum above its maximum.</source>
        <translation>Step “%1”: question “%2” has a minimum above its maximum.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="151"/>
        <source>Step “%1” branches to “%2”, which does not exist.</source>
        <translation>Step “%1” branches to “%2”, which does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="159"/>
        <source>Step “%1” cannot be reached from the start.</source>
        <translation>Step “%1” cannot be reached from the start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="162"/>
        <source>Step “%1” has neither an outcome nor a branch.</source>
        <translation>Step “%1” has neither an outcome nor a branch.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="166"/>
        <source>The steps %1 go round in a loop that never reaches an outcome.</source>
        <translation>The steps %1 go round in a loop that never reaches an outcome.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="172"/>
        <source>Step “%1”: the answer “%2” to “%3” has no branch.</source>
        <translation>Step “%1”: the answer “%2” to “%3” has no branch.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="181"/>
        <source>Step “%1” branches on “%2”, which is no question of the script.</source>
        <translation>Step “%1” branches on “%2”, which is no question of the script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="190"/>
        <source>Step “%1”: “%2” is not an answer of “%3”.</source>
        <translation>Step “%1”: “%2” is not an answer of “%3”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="199"/>
        <source>Step “%1”: unknown condition “%2”.</source>
        <translation>Step “%1”: unknown condition “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="204"/>
        <source>Step “%1” ends with an unknown outcome.</source>
        <translation>Step “%1” ends with an unknown outcome.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="207"/>
        <source>Step “%1” ends escalated but names no level to escalate to.</source>
        <translation>Step “%1” ends escalated but names no level to escalate to.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="214"/>
        <source>Step “%1” escalates to level %2; only levels 2 and 3 exist.</source>
        <translation>Step “%1” escalates to level %2; only levels 2 and 3 exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="222"/>
        <source>Step “%1” sets the unknown ticket field “%2”.</source>
        <translation>Step “%1” sets the unknown ticket field “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="229"/>
        <source>Step “%1” sets “%2” to an invalid value.</source>
        <translation>Step “%1” sets “%2” to an invalid value.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="236"/>
        <source>Step “%1” uses the placeholder {%2}, which does not exist.</source>
        <translation>Step “%1” uses the placeholder {%2}, which does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="243"/>
        <source>Step “%1” has no text.</source>
        <translation>Step “%1” has no text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="245"/>
        <source>Step “%1”: some answers may match no branch; add a branch without a condition.</source>
        <translation>Step “%1”: some answers may match no branch; add a branch without a condition.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="253"/>
        <source>Step “%1” ends the script, so its branches are never used.</source>
        <translation>Step “%1” ends the script, so its branches are never used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="265"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="266"/>
        <source>Yes / no</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="267"/>
        <source>One choice</source>
        <translation>One choice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="268"/>
        <source>Several choices</source>
        <translation>Several choices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="269"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="270"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="271"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="272"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="278"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="280"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="384"/>
        <source>Call script editor</source>
        <translation>Call script editor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="392"/>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="425"/>
        <location filename="../../desktop/ui/script_editor.py" line="1095"/>
        <source>Call script editor – %1 (revision %2)</source>
        <translation>Call script editor – %1 (revision %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="440"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="443"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="444"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="447"/>
        <source>Any queue</source>
        <translation>Any queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="451"/>
        <source>any number</source>
        <translation>any number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="453"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="454"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="455"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Queue:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="456"/>
        <source>&amp;Dialled number:</source>
        <translation>&amp;Dialled number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="464"/>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="473"/>
        <source>S&amp;teps</source>
        <translation>S&amp;teps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="481"/>
        <source>&amp;Add step</source>
        <translation>&amp;Add step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="483"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="485"/>
        <source>Make start</source>
        <translation>Make start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="492"/>
        <location filename="../../desktop/ui/script_editor.py" line="658"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="494"/>
        <location filename="../../desktop/ui/script_editor.py" line="1057"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="495"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="501"/>
        <source>Problems of the script</source>
        <translation>Problems of the script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="510"/>
        <source>&amp;Import YAML…</source>
        <translation>&amp;Import YAML…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="512"/>
        <source>&amp;Export YAML…</source>
        <translation>&amp;Export YAML…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="514"/>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="516"/>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="518"/>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="520"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="543"/>
        <source>Step &amp;id:</source>
        <translation>Step &amp;id:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="545"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="550"/>
        <source>What the agent says or does. Placeholders: %1</source>
        <translation>What the agent says or does. Placeholders: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="555"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="560"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="561"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="562"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="563"/>
        <source>Answers (a|b|c)</source>
        <translation>Answers (a|b|c)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="564"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="573"/>
        <source>Add &amp;question</source>
        <translation>Add &amp;question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="575"/>
        <source>Remove question</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="583"/>
        <source>Questions:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="588"/>
        <source>When (e.g. device = Printer; count &gt;= 10; empty: otherwise)</source>
        <translation>When (e.g. device = Printer; count &gt;= 10; empty: otherwise)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="591"/>
        <source>Go to step</source>
        <translation>Go to step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="600"/>
        <source>Add &amp;branch</source>
        <translation>Add &amp;branch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="602"/>
        <source>Remove branch</source>
        <translation>Remove branch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="610"/>
        <source>Branches:</source>
        <translation>Branches:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="613"/>
        <source>none: go on along a branch</source>
        <translation>none: go on along a branch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="617"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="620"/>
        <source>no escalation</source>
        <translation>no escalation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="621"/>
        <source>Propose escalation to &amp;level:</source>
        <translation>Propose escalation to &amp;level:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="623"/>
        <source>Hand-over: tried</source>
        <translation>Hand-over: tried</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="625"/>
        <source>Hand-over: findings</source>
        <translation>Hand-over: findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="627"/>
        <source>Hand-over: told the customer</source>
        <translation>Hand-over: told the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="630"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="633"/>
        <source>impact unchanged</source>
        <translation>impact unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="636"/>
        <source>urgency unchanged</source>
        <translation>urgency unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="639"/>
        <source>Set ticket fields:</source>
        <translation>Set ticket fields:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="642"/>
        <source>knowledge article ids, separated by commas</source>
        <translation>knowledge article ids, separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="644"/>
        <source>Show a&amp;rticles:</source>
        <translation>Show a&amp;rticles:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="659"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="660"/>
        <source>Average time (s)</source>
        <translation>Average time (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="661"/>
        <source>Calls left here</source>
        <translation>Calls left here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="662"/>
        <source>Ended here</source>
        <translation>Ended here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="679"/>
        <source>A new script has no runs yet.</source>
        <translation>A new script has no runs yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="688"/>
        <source>%1 runs: %2 finished, %3 in progress, %4 left without an outcome. Outcomes: %5</source>
        <translation>%1 runs: %2 finished, %3 in progress, %4 left without an outcome. Outcomes: %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="697"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="893"/>
        <source>Step “%1”: cannot read the condition “%2”; it was left out.</source>
        <translation>Step “%1”: cannot read the condition “%2”; it was left out.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="954"/>
        <source>There is a step “%1” already.</source>
        <translation>There is a step “%1” already.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1005"/>
        <source>The script cannot be read: %1</source>
        <translation>The script cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1015"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1017"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1038"/>
        <source>The script needs a name.</source>
        <translation>The script needs a name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/script_editor.py" line="1042"/>
        <source>%n problem(s) must be fixed before publishing.</source>
        <translation>
            <numerusform>%n problem must be fixed before publishing.</numerusform>
            <numerusform>%n problems must be fixed before publishing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1044"/>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1070"/>
        <source>Draft saved as revision %1.</source>
        <translation>Draft saved as revision %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1079"/>
        <location filename="../../desktop/ui/script_editor.py" line="1088"/>
        <source>The script was not published.</source>
        <translation>The script was not published.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1102"/>
        <source>Published as revision %1. Calls already running keep their revision.</source>
        <translation>Published as revision %1. Calls already running keep their revision.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1124"/>
        <source> (line %1, column %2)</source>
        <translation> (line %1, column %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1131"/>
        <source>The file cannot be imported: %1%2</source>
        <translation>The file cannot be imported: %1%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1158"/>
        <source>Import call script</source>
        <translation>Import call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1160"/>
        <location filename="../../desktop/ui/script_editor.py" line="1181"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1167"/>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1179"/>
        <source>Export call script</source>
        <translation>Export call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1188"/>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1191"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="89"/>
        <source>Please answer this question.</source>
        <translation>Please answer this question.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="90"/>
        <source>Choose yes or no.</source>
        <translation>Choose yes or no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="91"/>
        <source>Choose one of the answers.</source>
        <translation>Choose one of the answers.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="92"/>
        <source>Tick answers from the list.</source>
        <translation>Tick answers from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="93"/>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="94"/>
        <source>Enter at least %1.</source>
        <translation>Enter at least %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="95"/>
        <source>Enter at most %1.</source>
        <translation>Enter at most %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="96"/>
        <source>Enter a date.</source>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="97"/>
        <source>Enter a valid phone number, e.g. +49 89 1234567.</source>
        <translation>Enter a valid phone number, e.g. +49 89 1234567.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="98"/>
        <source>Enter a valid e-mail address, e.g. name@example.com.</source>
        <translation>Enter a valid e-mail address, e.g. name@example.com.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="102"/>
        <source>Enter at most %1 characters.</source>
        <translation>Enter at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="104"/>
        <source>Enter text.</source>
        <translation>Enter text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="105"/>
        <source>This question is not part of the current step.</source>
        <translation>This question is not part of the current step.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="144"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="144"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="184"/>
        <source>e.g. +49 89 1234567</source>
        <translation>e.g. +49 89 1234567</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="185"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="204"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="209"/>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="211"/>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="367"/>
        <source>No call script</source>
        <translation>No call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="368"/>
        <source>Select a ticket to see its call script.</source>
        <translation>Select a ticket to see its call script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="384"/>
        <location filename="../../desktop/ui/script_panel.py" line="397"/>
        <source>Call script</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="398"/>
        <source>&amp;Script:</source>
        <translation>&amp;Script:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="402"/>
        <source>&amp;Start script</source>
        <translation>&amp;Start script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="423"/>
        <source>Path so far</source>
        <translation>Path so far</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="438"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="455"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="457"/>
        <source>One step back (Alt+Left)</source>
        <translation>One step back (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="459"/>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="462"/>
        <source>Back to the first step (Alt+Home)</source>
        <translation>Back to the first step (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="465"/>
        <location filename="../../desktop/ui/script_panel.py" line="652"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="467"/>
        <source>Save the answers and go on (Enter)</source>
        <translation>Save the answers and go on (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="497"/>
        <source>Hand-over note</source>
        <translation>Hand-over note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="502"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="506"/>
        <source>Start another script</source>
        <translation>Start another script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="588"/>
        <source>Suggested for this call: %1</source>
        <translation>Suggested for this call: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="592"/>
        <source>No script is set up for this call; pick one.</source>
        <translation>No script is set up for this call; pick one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="595"/>
        <source>There are no call scripts yet.</source>
        <translation>There are no call scripts yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="625"/>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="627"/>
        <source>preview</source>
        <translation>preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="652"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="703"/>
        <source>The script continues at step “%1”, which does not exist. Tell a supervisor.</source>
        <translation>The script continues at step “%1”, which does not exist. Tell a supervisor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="711"/>
        <source>No branch of the script fits these answers. Change an answer or tell a supervisor.</source>
        <translation>No branch of the script fits these answers. Change an answer or tell a supervisor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="767"/>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="773"/>
        <source>The transcript was added to the ticket.</source>
        <translation>The transcript was added to the ticket.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="775"/>
        <source>Ticket fields were set from the script.</source>
        <translation>Ticket fields were set from the script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="777"/>
        <source>Preview: nothing was saved.</source>
        <translation>Preview: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="783"/>
        <source>Hand-over to level %1 (prefilled)</source>
        <translation>Hand-over to level %1 (prefilled)</translation>
    </message>
</context>
<context>
    <name>ScriptRuns</name>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="185"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="185"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="190"/>
        <source>solved at first contact</source>
        <translation>solved at first contact</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="191"/>
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="192"/>
        <source>escalated to level 2</source>
        <translation>escalated to level 2</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="193"/>
        <source>escalated to level 3</source>
        <translation>escalated to level 3</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="194"/>
        <source>callback scheduled</source>
        <translation>callback scheduled</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="195"/>
        <source>not our case</source>
        <translation>not our case</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="196"/>
        <source>ticket created</source>
        <translation>ticket created</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="197"/>
        <source>refused (identity not confirmed)</source>
        <translation>refused (identity not confirmed)</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="203"/>
        <source>Call script “{name}” (revision {revision})</source>
        <translation>Call script “{name}” (revision {revision})</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="204"/>
        <source>Outcome: {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="205"/>
        <source>Time: {seconds} s</source>
        <translation>Time: {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="206"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="62"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="63"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="64"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="65"/>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="66"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="67"/>
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="68"/>
        <source>Log level</source>
        <translation>Log level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="69"/>
        <source>Sync interval</source>
        <translation>Sync interval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="70"/>
        <source>Request timeout</source>
        <translation>Request timeout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="71"/>
        <source>Company certificates (PEM file)</source>
        <translation>Company certificates (PEM file)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="73"/>
        <source>Trust the system&apos;s certificate store</source>
        <translation>Trust the system&apos;s certificate store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="75"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="76"/>
        <source>Offer to stay signed in</source>
        <translation>Offer to stay signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="77"/>
        <source>Notify me when a ticket is assigned to me</source>
        <translation>Notify me when a ticket is assigned to me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="79"/>
        <source>Notify me when a ticket is escalated to my level</source>
        <translation>Notify me when a ticket is escalated to my level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="81"/>
        <source>Notify me when an SLA of my tickets is at risk</source>
        <translation>Notify me when an SLA of my tickets is at risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="83"/>
        <source>Notify me when a reminder falls due</source>
        <translation>Notify me when a reminder falls due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="85"/>
        <source>Click-to-dial address</source>
        <translation>Click-to-dial address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="86"/>
        <source>Encrypt the local database</source>
        <translation>Encrypt the local database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="94"/>
        <location filename="../../desktop/ui/settings_dialog.py" line="97"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="98"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="99"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="100"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="102"/>
        <source>Debug (everything)</source>
        <translation>Debug (everything)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="103"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="104"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="105"/>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="115"/>
        <source>Enter the server address as http://host:port or https://host.</source>
        <translation>Enter the server address as http://host:port or https://host.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="120"/>
        <source>Enter the proxy as http://host:port (empty: the system&apos;s proxy).</source>
        <translation>Enter the proxy as http://host:port (empty: the system&apos;s proxy).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="125"/>
        <source>The sync interval must be between %1 and %2 seconds.</source>
        <translation>The sync interval must be between %1 and %2 seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="131"/>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation>The timeout must be between %1 and %2 seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="139"/>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="142"/>
        <source>The file %1 contains no certificate in PEM format.</source>
        <translation>The file %1 contains no certificate in PEM format.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="147"/>
        <source>Enter a full folder path.</source>
        <translation>Enter a full folder path.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="149"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="154"/>
        <source>This value is not valid here.</source>
        <translation>This value is not valid here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="181"/>
        <location filename="../../desktop/ui/settings_dialog.py" line="190"/>
        <location filename="../../desktop/ui/settings_dialog.py" line="208"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="194"/>
        <source>Some settings are set by your administrator and cannot be changed here.</source>
        <translation>Some settings are set by your administrator and cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="247"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="249"/>
        <source>Choose: %1</source>
        <translation>Choose: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="262"/>
        <location filename="../../desktop/ui/settings_dialog.py" line="263"/>
        <source>Set by your administrator</source>
        <translation>Set by your administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="265"/>
        <source>Set for this session by the environment or the command line; a change here applies when that is gone.</source>
        <translation>Set for this session by the environment or the command line; a change here applies when that is gone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="312"/>
        <source>Empty: the system&apos;s proxy settings</source>
        <translation>Empty: the system&apos;s proxy settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="314"/>
        <source>Empty: the standard folder</source>
        <translation>Empty: the standard folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="323"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="383"/>
        <source>This setting could not be saved: %1</source>
        <translation>This setting could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="397"/>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="402"/>
        <source>Change the settings of AgentDesk (%1)</source>
        <translation>Change the settings of AgentDesk (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="417"/>
        <source>Settings saved. Some changes take effect when AgentDesk is started again.</source>
        <translation>Settings saved. Some changes take effect when AgentDesk is started again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="421"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../../desktop/app/supervisor.py" line="465"/>
        <source>The server refused: that agent, queue or team is not in your team.</source>
        <translation>The server refused: that agent, queue or team is not in your team.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/supervisor.py" line="467"/>
        <source>The server refused: the team view is for supervisors of this team only.</source>
        <translation>The server refused: the team view is for supervisors of this team only.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/supervisor.py" line="470"/>
        <source>The server did not do it: %1 (%2)</source>
        <translation>The server did not do it: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/app/supervisor.py" line="473"/>
        <source>The server&apos;s answer could not be read, so the figures were not updated. The last figures stay on screen.</source>
        <translation>The server&apos;s answer could not be read, so the figures were not updated. The last figures stay on screen.</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="46"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="47"/>
        <source>Answered calls</source>
        <translation>Answered calls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="48"/>
        <source>Abandoned calls</source>
        <translation>Abandoned calls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="49"/>
        <source>Calls for the service level</source>
        <translation>Calls for the service level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="50"/>
        <source>Tickets created</source>
        <translation>Tickets created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="51"/>
        <source>Tickets resolved</source>
        <translation>Tickets resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="52"/>
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="53"/>
        <source>Tickets at risk</source>
        <translation>Tickets at risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="54"/>
        <source>Tickets with a breached SLA</source>
        <translation>Tickets with a breached SLA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="55"/>
        <source>Escalated tickets</source>
        <translation>Escalated tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="62"/>
        <source>Team view</source>
        <translation>Team view</translation>
    </message>
</context>
<context>
    <name>TeamCharts</name>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="135"/>
        <location filename="../../desktop/ui/team_charts.py" line="266"/>
        <source>Calls and tickets per hour</source>
        <translation>Calls and tickets per hour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="136"/>
        <location filename="../../desktop/ui/team_charts.py" line="292"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="138"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="141"/>
        <source>Staffed agents</source>
        <translation>Staffed agents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="164"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="174"/>
        <location filename="../../desktop/ui/team_charts.py" line="267"/>
        <source>Service level through the day</source>
        <translation>Service level through the day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="176"/>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="186"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="202"/>
        <location filename="../../desktop/ui/team_charts.py" line="268"/>
        <source>Backlog trend</source>
        <translation>Backlog trend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="204"/>
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="251"/>
        <source>Charts need the Qt Charts module, which is not installed.</source>
        <translation>Charts need the Qt Charts module, which is not installed.</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="118"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="119"/>
        <source>On a call</source>
        <translation>On a call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="120"/>
        <source>After-call work</source>
        <translation>After-call work</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="121"/>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="122"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="123"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="131"/>
        <source>lunch</source>
        <translation>lunch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="132"/>
        <source>short break</source>
        <translation>short break</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="133"/>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="134"/>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="135"/>
        <source>technical issue</source>
        <translation>technical issue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="416"/>
        <source>Enter or double click: list what is behind this figure</source>
        <translation>Enter or double click: list what is behind this figure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="495"/>
        <location filename="../../desktop/ui/team_view.py" line="783"/>
        <location filename="../../desktop/ui/team_view.py" line="1227"/>
        <source>Team view</source>
        <translation>Team view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="537"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="538"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="539"/>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="540"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="541"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="546"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="546"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="552"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="554"/>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="559"/>
        <source>My team</source>
        <translation>My team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="562"/>
        <location filename="../../desktop/ui/team_view.py" line="1246"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="563"/>
        <source>All queues</source>
        <translation>All queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="568"/>
        <source>Support level</source>
        <translation>Support level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="569"/>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="574"/>
        <location filename="../../desktop/ui/team_view.py" line="1231"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="575"/>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="579"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="626"/>
        <location filename="../../desktop/ui/team_view.py" line="1230"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="628"/>
        <location filename="../../desktop/ui/team_view.py" line="1233"/>
        <location filename="../../desktop/ui/team_view.py" line="1245"/>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="700"/>
        <location filename="../../desktop/ui/team_view.py" line="1275"/>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="701"/>
        <location filename="../../desktop/ui/team_view.py" line="1277"/>
        <source>Avg. speed of answer</source>
        <translation>Avg. speed of answer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="702"/>
        <location filename="../../desktop/ui/team_view.py" line="1278"/>
        <source>Avg. handling time</source>
        <translation>Avg. handling time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="703"/>
        <location filename="../../desktop/ui/team_view.py" line="1293"/>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="704"/>
        <location filename="../../desktop/ui/team_view.py" line="1290"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="705"/>
        <location filename="../../desktop/ui/team_view.py" line="1281"/>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="706"/>
        <location filename="../../desktop/ui/team_view.py" line="1280"/>
        <source>First-contact resolution</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="707"/>
        <source>Escalation rate</source>
        <translation>Escalation rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="708"/>
        <location filename="../../desktop/ui/team_view.py" line="1287"/>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="709"/>
        <location filename="../../desktop/ui/team_view.py" line="1294"/>
        <source>Tickets created</source>
        <translation>Tickets created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="710"/>
        <location filename="../../desktop/ui/team_view.py" line="1295"/>
        <source>Tickets resolved</source>
        <translation>Tickets resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="711"/>
        <location filename="../../desktop/ui/team_view.py" line="1289"/>
        <source>Customer satisfaction</source>
        <translation>Customer satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="729"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="730"/>
        <source>Read the figures from the server again</source>
        <translation>Read the figures from the server again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="732"/>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="733"/>
        <source>Large figures on the whole screen, readable across the room</source>
        <translation>Large figures on the whole screen, readable across the room</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="735"/>
        <source>Wallboard &amp;thresholds…</source>
        <translation>Wallboard &amp;thresholds…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="736"/>
        <source>The service level and waiting times that turn the wallboard amber or red</source>
        <translation>The service level and waiting times that turn the wallboard amber or red</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="739"/>
        <source>Export as &amp;CSV…</source>
        <translation>Export as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="740"/>
        <source>Save agents, queues and KPIs as a CSV file</source>
        <translation>Save agents, queues and KPIs as a CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="742"/>
        <source>Export as &amp;PDF report…</source>
        <translation>Export as &amp;PDF report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="743"/>
        <source>Save the KPIs, tables and charts as a PDF report</source>
        <translation>Save the KPIs, tables and charts as a PDF report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="745"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="746"/>
        <source>Close the team view</source>
        <translation>Close the team view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="748"/>
        <source>Re&amp;assign tickets…</source>
        <translation>Re&amp;assign tickets…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="750"/>
        <source>List the open tickets of the selected agent or queue to reassign them</source>
        <translation>List the open tickets of the selected agent or queue to reassign them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="752"/>
        <source>&amp;Move agent to queue…</source>
        <translation>&amp;Move agent to queue…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="753"/>
        <source>Move the selected agent to another queue</source>
        <translation>Move the selected agent to another queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="755"/>
        <source>&amp;Broadcast to the team…</source>
        <translation>&amp;Broadcast to the team…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="756"/>
        <source>Show a short message on the desktops of the team</source>
        <translation>Show a short message on the desktops of the team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="758"/>
        <source>Go to &amp;agents</source>
        <translation>Go to &amp;agents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="759"/>
        <source>Put the keyboard in the agents table</source>
        <translation>Put the keyboard in the agents table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="760"/>
        <source>Go to &amp;queues</source>
        <translation>Go to &amp;queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="761"/>
        <source>Put the keyboard in the queues table</source>
        <translation>Put the keyboard in the queues table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="762"/>
        <source>Go to &amp;KPIs</source>
        <translation>Go to &amp;KPIs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="764"/>
        <source>Put the keyboard on the first KPI</source>
        <translation>Put the keyboard on the first KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="765"/>
        <source>Choose the &amp;period</source>
        <translation>Choose the &amp;period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="766"/>
        <source>Choose today, this week or a range</source>
        <translation>Choose today, this week or a range</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="769"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="777"/>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="780"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="925"/>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="953"/>
        <source>%1 of %2 answered within %3 s</source>
        <translation>%1 of %2 answered within %3 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team_view.py" line="957"/>
        <source>%Ln call(s) answered</source>
        <translation>
            <numerusform>%Ln call answered</numerusform>
            <numerusform>%Ln calls answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team_view.py" line="962"/>
        <source>%1 of %Ln call(s)</source>
        <translation>
            <numerusform>%1 of %Ln call</numerusform>
            <numerusform>%1 of %Ln calls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="959"/>
        <source>talk, hold and after-call work</source>
        <translation>talk, hold and after-call work</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="964"/>
        <source>%1 answered</source>
        <translation>%1 answered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="966"/>
        <source>of the time ready for calls</source>
        <translation>of the time ready for calls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="968"/>
        <source>solved in the first contact</source>
        <translation>solved in the first contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="972"/>
        <source>L2 %1 · L3 %2</source>
        <translation>L2 %1 · L3 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="977"/>
        <source>average age %1 h</source>
        <translation>average age %1 h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="983"/>
        <source>where recorded</source>
        <translation>where recorded</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team_view.py" line="1017"/>
        <source>%n ticket(s) reassigned.</source>
        <translation>
            <numerusform>%n ticket reassigned.</numerusform>
            <numerusform>%n tickets reassigned.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1019"/>
        <source>The agent was moved.</source>
        <translation>The agent was moved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1020"/>
        <source>The message was sent to the team.</source>
        <translation>The message was sent to the team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1169"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1191"/>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1192"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1198"/>
        <source>Export as PDF report</source>
        <translation>Export as PDF report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1199"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1231"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1231"/>
        <source>In state (s)</source>
        <translation>In state (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1232"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1232"/>
        <source>Call time (s)</source>
        <translation>Call time (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1232"/>
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1233"/>
        <source>Handled today</source>
        <translation>Handled today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1246"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1246"/>
        <source>Waiting calls</source>
        <translation>Waiting calls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1247"/>
        <source>Waiting tickets</source>
        <translation>Waiting tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1247"/>
        <source>Longest wait (s)</source>
        <translation>Longest wait (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1248"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1248"/>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1255"/>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1256"/>
        <location filename="../../desktop/ui/team_view.py" line="1323"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1256"/>
        <location filename="../../desktop/ui/team_view.py" line="1323"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1256"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1268"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1276"/>
        <source>Service level target</source>
        <translation>Service level target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1279"/>
        <source>Abandonment rate</source>
        <translation>Abandonment rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1284"/>
        <source>Escalation rate level %1</source>
        <translation>Escalation rate level %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1288"/>
        <source>Backlog average age</source>
        <translation>Backlog average age</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1291"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1292"/>
        <source>Answered within target</source>
        <translation>Answered within target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1337"/>
        <source>Team report</source>
        <translation>Team report</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="330"/>
        <source>Wallboard thresholds</source>
        <translation>Wallboard thresholds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="348"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="350"/>
        <source>Service level &amp;target (green from):</source>
        <translation>Service level &amp;target (green from):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="351"/>
        <source>Service level &amp;warning (amber from):</source>
        <translation>Service level &amp;warning (amber from):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="352"/>
        <source>Longest wait a&amp;mber from:</source>
        <translation>Longest wait a&amp;mber from:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="353"/>
        <source>Longest wait &amp;red from:</source>
        <translation>Longest wait &amp;red from:</translation>
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
    <name>TicketEditor</name>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="137"/>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="138"/>
        <source>Department or site</source>
        <translation>Department or site</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="139"/>
        <source>Team or group</source>
        <translation>Team or group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="140"/>
        <source>One person</source>
        <translation>One person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="141"/>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="148"/>
        <source>Work has stopped</source>
        <translation>Work has stopped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="149"/>
        <source>Severely hindered</source>
        <translation>Severely hindered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="150"/>
        <source>Hindered</source>
        <translation>Hindered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="151"/>
        <source>Slightly hindered</source>
        <translation>Slightly hindered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="152"/>
        <source>Can wait</source>
        <translation>Can wait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="159"/>
        <source>Waiting for the customer</source>
        <translation>Waiting for the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="161"/>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="172"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="1121"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="173"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="1120"/>
        <source>Call log</source>
        <translation>Call log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="174"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="1118"/>
        <source>Message to the customer</source>
        <translation>Message to the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="182"/>
        <source>What was tried</source>
        <translation>What was tried</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="183"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="184"/>
        <source>What the customer was told</source>
        <translation>What the customer was told</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="508"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="509"/>
        <source>Copy the reference (%1)</source>
        <translation>Copy the reference (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="518"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="520"/>
        <source>Throw away the unsaved changes</source>
        <translation>Throw away the unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="523"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="525"/>
        <source>Save the changes (%1)</source>
        <translation>Save the changes (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="556"/>
        <source>Pending reason</source>
        <translation>Pending reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="572"/>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="594"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="598"/>
        <source>Queues of the ticket&apos;s level. To move it to another level, escalate it or hand it back.</source>
        <translation>Queues of the ticket&apos;s level. To move it to another level, escalate it or hand it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="646"/>
        <source>Ticket fields</source>
        <translation>Ticket fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="669"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="669"/>
        <source>C&amp;all log</source>
        <translation>C&amp;all log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="670"/>
        <source>&amp;Message to the customer</source>
        <translation>&amp;Message to the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="687"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="690"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="1047"/>
        <source>Write an internal note…</source>
        <translation>Write an internal note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="694"/>
        <source>%1 adds the entry</source>
        <translation>%1 adds the entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="697"/>
        <source>Add &amp;entry</source>
        <translation>Add &amp;entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="718"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="720"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="799"/>
        <source>This ticket is no longer on this computer: it was moved to a queue you do not see, or deleted.</source>
        <translation>This ticket is no longer on this computer: it was moved to a queue you do not see, or deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="814"/>
        <source>Reference %1</source>
        <translation>Reference %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="841"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="966"/>
        <source>Priority follows from impact × urgency</source>
        <translation>Priority follows from impact × urgency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="975"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="977"/>
        <source>Entry not added yet</source>
        <translation>Entry not added yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="988"/>
        <source>(gone)</source>
        <translation>(gone)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1024"/>
        <source>Ticket %1 saved.</source>
        <translation>Ticket %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1048"/>
        <source>What was said on the phone…</source>
        <translation>What was said on the phone…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1049"/>
        <source>Write to the customer…</source>
        <translation>Write to the customer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1087"/>
        <source>%1 added to %2.</source>
        <translation>%1 added to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1096"/>
        <source>Reference %1 copied.</source>
        <translation>Reference %1 copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1107"/>
        <source>Timeline (%1)</source>
        <translation>Timeline (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1117"/>
        <source>Message from the customer</source>
        <translation>Message from the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1122"/>
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1123"/>
        <source>Handed back</source>
        <translation>Handed back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1124"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1125"/>
        <source>Call script transcript</source>
        <translation>Call script transcript</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1162"/>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1163"/>
        <source>back to %1</source>
        <translation>back to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1168"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1196"/>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1215"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>TicketMessages</name>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="196"/>
        <source>A ticket cannot go from “%1” to “%2”.</source>
        <translation>A ticket cannot go from “%1” to “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="201"/>
        <source>The hand-over note is missing: %1.</source>
        <translation>The hand-over note is missing: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="204"/>
        <source>Impact must be 1 to %1.</source>
        <translation>Impact must be 1 to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="207"/>
        <source>Urgency must be 1 to %1.</source>
        <translation>Urgency must be 1 to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="211"/>
        <source>The title</source>
        <translation>The title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="212"/>
        <source>The category</source>
        <translation>The category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="213"/>
        <source>The macro&apos;s name</source>
        <translation>The macro&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="214"/>
        <source>The shortcut</source>
        <translation>The shortcut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="215"/>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 is too long (at most %2 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="218"/>
        <source>That queue is on another support level. Use “Escalate” or “Hand back” to move the ticket there.</source>
        <translation>That queue is on another support level. Use “Escalate” or “Hand back” to move the ticket there.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="221"/>
        <source>There is no queue on this computer for new tickets. Please synchronise first.</source>
        <translation>There is no queue on this computer for new tickets. Please synchronise first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="224"/>
        <source>The ticket is on the 3rd level already and cannot be escalated further.</source>
        <translation>The ticket is on the 3rd level already and cannot be escalated further.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="227"/>
        <source>A ticket on level %1 can only be escalated to a level %2 queue.</source>
        <translation>A ticket on level %1 can only be escalated to a level %2 queue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="231"/>
        <source>Only level %1 or higher can move this ticket between levels.</source>
        <translation>Only level %1 or higher can move this ticket between levels.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="234"/>
        <source>A ticket can only be handed back to a lower level.</source>
        <translation>A ticket can only be handed back to a lower level.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="237"/>
        <source>This ticket is no longer on this computer.</source>
        <translation>This ticket is no longer on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="239"/>
        <source>Please enter a title.</source>
        <translation>Please enter a title.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="240"/>
        <source>Please choose why the ticket is pending.</source>
        <translation>Please choose why the ticket is pending.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="242"/>
        <source>This queue is not on this computer.</source>
        <translation>This queue is not on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="243"/>
        <source>This person is not on this computer.</source>
        <translation>This person is not on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="244"/>
        <source>This customer is not on this computer.</source>
        <translation>This customer is not on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="246"/>
        <source>This field cannot be changed here.</source>
        <translation>This field cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="247"/>
        <source>This kind of entry cannot be added here.</source>
        <translation>This kind of entry cannot be added here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="249"/>
        <source>Please write something first.</source>
        <translation>Please write something first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="250"/>
        <source>Please give a reason for handing the ticket back.</source>
        <translation>Please give a reason for handing the ticket back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="252"/>
        <source>The support level is not valid.</source>
        <translation>The support level is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="253"/>
        <source>A resolved or closed ticket must be reopened before it is escalated or handed back.</source>
        <translation>A resolved or closed ticket must be reopened before it is escalated or handed back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="255"/>
        <source>This macro is no longer on this computer.</source>
        <translation>This macro is no longer on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="257"/>
        <source>Only the macro&apos;s owner can change it.</source>
        <translation>Only the macro&apos;s owner can change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="258"/>
        <source>Please give the macro a name.</source>
        <translation>Please give the macro a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="259"/>
        <source>The macro&apos;s actions are not valid.</source>
        <translation>The macro&apos;s actions are not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="264"/>
        <source>The change could not be made: %1</source>
        <translation>The change could not be made: %1</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="84"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="85"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="87"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="88"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="89"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="90"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="91"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="92"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="93"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="94"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="95"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="96"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="240"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="242"/>
        <location filename="../../desktop/ui/main_window.py" line="303"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="245"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="278"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="301"/>
        <source>The SLA clock is paused while the ticket waits for the customer.</source>
        <translation>The SLA clock is paused while the ticket waits for the customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="305"/>
        <source>First response due: %1</source>
        <translation>First response due: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="307"/>
        <source>Solution due: %1</source>
        <translation>Solution due: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="308"/>
        <source>Within target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="309"/>
        <source>SLA at risk</source>
        <translation>SLA at risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="310"/>
        <source>SLA breached</source>
        <translation>SLA breached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="345"/>
        <source>Business time left until the next SLA target</source>
        <translation>Business time left until the next SLA target</translation>
    </message>
</context>
<context>
    <name>TicketTabs</name>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="39"/>
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="128"/>
        <source>Preview: the next ticket you select replaces it. %1</source>
        <translation>Preview: the next ticket you select replaces it. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="172"/>
        <source>Save the changes to ticket %1?</source>
        <translation>Save the changes to ticket %1?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/ticket_tabs.py" line="174"/>
        <source>Save the changes to %n open ticket(s)?</source>
        <translation>
            <numerusform>Save the changes to %n open ticket?</numerusform>
            <numerusform>Save the changes to %n open tickets?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="175"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="179"/>
        <source>Edited fields are saved and typed entries are added. If you discard them, they are lost.</source>
        <translation>Edited fields are saved and typed entries are added. If you discard them, they are lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="182"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="184"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="75"/>
        <source>No ticket open</source>
        <translation>No ticket open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="76"/>
        <source>Select a ticket in the list to see it here; Enter opens it for editing. %1 creates a new ticket.</source>
        <translation>Select a ticket in the list to see it here; Enter opens it for editing. %1 creates a new ticket.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="116"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;New ticket…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="117"/>
        <source>Create a ticket, for example from a call</source>
        <translation>Create a ticket, for example from a call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="118"/>
        <source>&amp;Open selected ticket</source>
        <translation>&amp;Open selected ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="120"/>
        <source>Open the ticket selected in the list in a tab</source>
        <translation>Open the ticket selected in the list in a tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="121"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="122"/>
        <source>Save the changes to the current ticket</source>
        <translation>Save the changes to the current ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="123"/>
        <source>Re&amp;vert changes</source>
        <translation>Re&amp;vert changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="125"/>
        <source>Discard the unsaved changes to the current ticket</source>
        <translation>Discard the unsaved changes to the current ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="126"/>
        <source>C&amp;lose tab</source>
        <translation>C&amp;lose tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="128"/>
        <source>Next ticket tab</source>
        <translation>Next ticket tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="130"/>
        <source>Previous ticket tab</source>
        <translation>Previous ticket tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="133"/>
        <source>Go to the open tic&amp;ket</source>
        <translation>Go to the open tic&amp;ket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="135"/>
        <source>&amp;Take</source>
        <translation>&amp;Take</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="136"/>
        <source>Make yourself the owner of the ticket</source>
        <translation>Make yourself the owner of the ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="137"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Assign to…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="139"/>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="141"/>
        <source>Put the ticket back into its queue without owner</source>
        <translation>Put the ticket back into its queue without owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="142"/>
        <source>A&amp;dd note</source>
        <translation>A&amp;dd note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="144"/>
        <source>Log a &amp;call</source>
        <translation>Log a &amp;call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="146"/>
        <source>&amp;Write to the customer</source>
        <translation>&amp;Write to the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="148"/>
        <source>Cop&amp;y reference</source>
        <translation>Cop&amp;y reference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="150"/>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalate…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="152"/>
        <source>Hand the ticket over to the next support level</source>
        <translation>Hand the ticket over to the next support level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="153"/>
        <source>&amp;Hand back…</source>
        <translation>&amp;Hand back…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="155"/>
        <source>Hand the ticket back to a lower support level</source>
        <translation>Hand the ticket back to a lower support level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="156"/>
        <source>Run &amp;macro…</source>
        <translation>Run &amp;macro…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="158"/>
        <source>Mana&amp;ge macros…</source>
        <translation>Mana&amp;ge macros…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="160"/>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="175"/>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="352"/>
        <source>You took ticket %1.</source>
        <translation>You took ticket %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="358"/>
        <source>Ticket %1 is back in its queue.</source>
        <translation>Ticket %1 is back in its queue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="367"/>
        <source>Assign %1 to</source>
        <translation>Assign %1 to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="368"/>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="368"/>
        <source>Nobody to assign to yet.</source>
        <translation>Nobody to assign to yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="378"/>
        <source>Ticket %1 assigned to %2.</source>
        <translation>Ticket %1 assigned to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="404"/>
        <source>Ticket %1 escalated.</source>
        <translation>Ticket %1 escalated.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="413"/>
        <source>Ticket %1 handed back.</source>
        <translation>Ticket %1 handed back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="448"/>
        <source>Ticket %1 created.</source>
        <translation>Ticket %1 created.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="459"/>
        <source>Run a macro on %1</source>
        <translation>Run a macro on %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="460"/>
        <source>Type part of the name</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="461"/>
        <source>No macros yet. Create one under Ticket → Manage macros.</source>
        <translation>No macros yet. Create one under Ticket → Manage macros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="479"/>
        <source>Macro “%1” applied to %2.</source>
        <translation>Macro “%1” applied to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="536"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="537"/>
        <source>Save your changes before signing out?</source>
        <translation>Save your changes before signing out?</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="71"/>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="74"/>
        <source>&amp;Show AgentDesk</source>
        <translation>&amp;Show AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="80"/>
        <source>Notify when a ticket is &amp;assigned to me</source>
        <translation>Notify when a ticket is &amp;assigned to me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="81"/>
        <source>Notify when a ticket is &amp;escalated to my level</source>
        <translation>Notify when a ticket is &amp;escalated to my level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="82"/>
        <source>Notify about &amp;SLA warnings on my tickets</source>
        <translation>Notify about &amp;SLA warnings on my tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="83"/>
        <source>Notify when a &amp;reminder is due</source>
        <translation>Notify when a &amp;reminder is due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="94"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="181"/>
        <source>Set by your administrator</source>
        <translation>Set by your administrator</translation>
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
<context>
    <name>ViewsPanel</name>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="61"/>
        <source>My open tickets</source>
        <translation>My open tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="62"/>
        <source>Unassigned in my queues</source>
        <translation>Unassigned in my queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="63"/>
        <source>Escalated to me or my level</source>
        <translation>Escalated to me or my level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="64"/>
        <source>SLA at risk</source>
        <translation>SLA at risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="65"/>
        <source>Pending with reminder due</source>
        <translation>Pending with reminder due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="66"/>
        <source>Recently closed by me</source>
        <translation>Recently closed by me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="79"/>
        <source>Please give the view a name.</source>
        <translation>Please give the view a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="80"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation>The name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="82"/>
        <source>You already have a view called “%1”.</source>
        <translation>You already have a view called “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="83"/>
        <source>Only supervisors share views with a team.</source>
        <translation>Only supervisors share views with a team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="85"/>
        <source>You are not in a team to share the view with.</source>
        <translation>You are not in a team to share the view with.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="87"/>
        <source>The view no longer exists.</source>
        <translation>The view no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="88"/>
        <source>Only its owner or a supervisor can change this view.</source>
        <translation>Only its owner or a supervisor can change this view.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="93"/>
        <source>The view cannot be saved: %1</source>
        <translation>The view cannot be saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="111"/>
        <source>My views</source>
        <translation>My views</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="112"/>
        <source>Team views</source>
        <translation>Team views</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="172"/>
        <source>Shared with your team</source>
        <translation>Shared with your team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="237"/>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="295"/>
        <location filename="../../desktop/ui/views_panel.py" line="300"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="316"/>
        <location filename="../../desktop/ui/views_panel.py" line="320"/>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="336"/>
        <source>&amp;Rename view…</source>
        <translation>&amp;Rename view…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="342"/>
        <source>&amp;Delete view…</source>
        <translation>&amp;Delete view…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="556"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="134"/>
        <source>On target</source>
        <translation>On target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="135"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="136"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="186"/>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="190"/>
        <source>Team today</source>
        <translation>Team today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="196"/>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="197"/>
        <source>Calls waiting</source>
        <translation>Calls waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="198"/>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="199"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="200"/>
        <source>On a call</source>
        <translation>On a call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="201"/>
        <source>After-call work / break</source>
        <translation>After-call work / break</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="202"/>
        <source>Tickets at risk</source>
        <translation>Tickets at risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="203"/>
        <source>SLA breached</source>
        <translation>SLA breached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="204"/>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="209"/>
        <source>F11 or Esc: leave the wallboard</source>
        <translation>F11 or Esc: leave the wallboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="301"/>
        <source>target %1 within %2 s</source>
        <translation>target %1 within %2 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/wallboard.py" line="306"/>
        <source>%1 of %Ln call(s)</source>
        <translation>
            <numerusform>%1 of %Ln call</numerusform>
            <numerusform>%1 of %Ln calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrapUpBar</name>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="99"/>
        <source>After-call work</source>
        <translation>After-call work</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="110"/>
        <source>Wrap-up &amp;code:</source>
        <translation>Wrap-up &amp;code:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="113"/>
        <source>Wrap-up code</source>
        <translation>Wrap-up code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="114"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="118"/>
        <source>Th&amp;en:</source>
        <translation>Th&amp;en:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="121"/>
        <source>Status after the wrap-up</source>
        <translation>Status after the wrap-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="131"/>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="133"/>
        <source>Save the wrap-up code and end the after-call work (Enter)</source>
        <translation>Save the wrap-up code and end the after-call work (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="163"/>
        <source>unknown caller</source>
        <translation>unknown caller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="166"/>
        <source>Call with %1</source>
        <translation>Call with %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/wrap_up.py" line="167"/>
        <source>+%n more call(s) to wrap up</source>
        <translation>
            <numerusform>+%n more call to wrap up</numerusform>
            <numerusform>+%n more calls to wrap up</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="179"/>
        <source>No codes</source>
        <translation>No codes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="187"/>
        <source>Longer than the after-call work limit</source>
        <translation>Longer than the after-call work limit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="211"/>
        <source>Choose a wrap-up code first.</source>
        <translation>Choose a wrap-up code first.</translation>
    </message>
</context>
</TS>
