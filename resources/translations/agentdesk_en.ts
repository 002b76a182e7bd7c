<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="189"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Your sign-in has expired. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="309"/>
        <source>AgentDesk cannot start</source>
        <translation>AgentDesk cannot start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="310"/>
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
    <name>CustomerField</name>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="369"/>
        <source>Name, customer number or phone</source>
        <translation>Name, customer number or phone</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="95"/>
        <source>Enter a first or a last name.</source>
        <translation>Enter a first or a last name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="98"/>
        <source>Enter the phone number or remove the row.</source>
        <translation>Enter the phone number or remove the row.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="99"/>
        <source>A withheld number cannot be stored.</source>
        <translation>A withheld number cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="100"/>
        <source>This is not a phone number.</source>
        <translation>This is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="101"/>
        <source>This number is too short.</source>
        <translation>This number is too short.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="102"/>
        <source>This number is too long.</source>
        <translation>This number is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="103"/>
        <source>There is no country with this code.</source>
        <translation>There is no country with this code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="106"/>
        <source>This number does not exist. Foreign numbers start with + and the country code.</source>
        <translation>This number does not exist. Foreign numbers start with + and the country code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="110"/>
        <source>This number is already in the list.</source>
        <translation>This number is already in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="111"/>
        <location filename="../../desktop/ui/customer_panel.py" line="122"/>
        <source>The label is too long.</source>
        <translation>The label is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="113"/>
        <source>This phone number is not valid.</source>
        <translation>This phone number is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="116"/>
        <source>Enter the e-mail address or remove the row.</source>
        <translation>Enter the e-mail address or remove the row.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="117"/>
        <source>An e-mail address needs an @.</source>
        <translation>An e-mail address needs an @.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="118"/>
        <source>The part before the @ is not valid.</source>
        <translation>The part before the @ is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="119"/>
        <source>The domain after the @ is not valid.</source>
        <translation>The domain after the @ is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="120"/>
        <source>This address is too long.</source>
        <translation>This address is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="121"/>
        <source>This address is already in the list.</source>
        <translation>This address is already in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="124"/>
        <source>This e-mail address is not valid.</source>
        <translation>This e-mail address is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="126"/>
        <source>Use the two-letter country code, e.g. DE, AT or CH.</source>
        <translation>Use the two-letter country code, e.g. DE, AT or CH.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="128"/>
        <source>Choose a language.</source>
        <translation>Choose a language.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="130"/>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="133"/>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="138"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="139"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="140"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="141"/>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="142"/>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="143"/>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="144"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="145"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="152"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="153"/>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="154"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="161"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="162"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="163"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="201"/>
        <location filename="../../desktop/ui/customer_panel.py" line="280"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="202"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="203"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="204"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="209"/>
        <source>Ticket (%1)</source>
        <translation>Ticket (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="214"/>
        <source>Outgoing call</source>
        <translation>Outgoing call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="216"/>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="281"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="282"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="283"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="284"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="293"/>
        <location filename="../../desktop/ui/customer_panel.py" line="771"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="295"/>
        <location filename="../../desktop/ui/customer_panel.py" line="773"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="344"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="349"/>
        <source>e.g. 0171 1234567 or +43 1 5350000</source>
        <translation>e.g. 0171 1234567 or +43 1 5350000</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="351"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="353"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="354"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="357"/>
        <location filename="../../desktop/ui/customer_panel.py" line="358"/>
        <source>Remove this row</source>
        <translation>Remove this row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="444"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="445"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="447"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="472"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="477"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="480"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="511"/>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="512"/>
        <location filename="../../desktop/ui/customer_panel.py" line="592"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="513"/>
        <location filename="../../desktop/ui/customer_panel.py" line="605"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="514"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="515"/>
        <location filename="../../desktop/ui/customer_panel.py" line="632"/>
        <location filename="../../desktop/ui/customer_panel.py" line="637"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="516"/>
        <location filename="../../desktop/ui/customer_panel.py" line="641"/>
        <location filename="../../desktop/ui/customer_panel.py" line="645"/>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="517"/>
        <source>Consent to contact</source>
        <translation>Consent to contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="518"/>
        <location filename="../../desktop/ui/customer_panel.py" line="654"/>
        <location filename="../../desktop/ui/customer_panel.py" line="658"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="557"/>
        <location filename="../../desktop/ui/customer_panel.py" line="565"/>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="559"/>
        <location filename="../../desktop/ui/customer_panel.py" line="566"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="560"/>
        <location filename="../../desktop/ui/customer_panel.py" line="567"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="571"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="577"/>
        <location filename="../../desktop/ui/customer_panel.py" line="579"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="584"/>
        <source>Add phone number</source>
        <translation>Add phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="597"/>
        <source>Add e-mail address</source>
        <translation>Add e-mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="607"/>
        <location filename="../../desktop/ui/customer_panel.py" line="609"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="612"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="615"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="616"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="618"/>
        <source>Two-letter country code, e.g. DE</source>
        <translation>Two-letter country code, e.g. DE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="628"/>
        <source>Postal code, city</source>
        <translation>Postal code, city</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="647"/>
        <source>The customer agrees to be contacted</source>
        <translation>The customer agrees to be contacted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="651"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="662"/>
        <source>&amp;Edit customer</source>
        <translation>&amp;Edit customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="666"/>
        <source>&amp;Save customer</source>
        <translation>&amp;Save customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="671"/>
        <source>&amp;Cancel editing</source>
        <translation>&amp;Cancel editing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="677"/>
        <source>Show phone numbers &amp;internationally</source>
        <translation>Show phone numbers &amp;internationally</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="689"/>
        <source>Edit customer (%1)</source>
        <translation>Edit customer (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="694"/>
        <source>Save (%1)</source>
        <translation>Save (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="738"/>
        <source>No customer</source>
        <translation>No customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="740"/>
        <source>Customer not found</source>
        <translation>Customer not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="743"/>
        <source>Select a ticket to see its customer.</source>
        <translation>Select a ticket to see its customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="750"/>
        <source>Private customer</source>
        <translation>Private customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="829"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="843"/>
        <source>— none (private customer) —</source>
        <translation>— none (private customer) —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1017"/>
        <source>The customer could not be saved. Nothing was lost: your input is still here.</source>
        <translation>The customer could not be saved. Nothing was lost: your input is still here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1035"/>
        <source>same phone number %1</source>
        <translation>same phone number %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1039"/>
        <source>same e-mail address %1</source>
        <translation>same e-mail address %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1041"/>
        <source>similar name in the same organisation</source>
        <translation>similar name in the same organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1044"/>
        <source>This may be a customer who is already stored:</source>
        <translation>This may be a customer who is already stored:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1048"/>
        <source>Check the list. Save again to save anyway.</source>
        <translation>Check the list. Save again to save anyway.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1065"/>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1066"/>
        <source>Your changes to this customer have not been saved. Discard them?</source>
        <translation>Your changes to this customer have not been saved. Discard them?</translation>
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
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="217"/>
        <source>Search the knowledge base…</source>
        <translation>Search the knowledge base…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="220"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="221"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="222"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="223"/>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="325"/>
        <source>Articles for this step</source>
        <translation>Articles for this step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="379"/>
        <source>Suggested for this ticket</source>
        <translation>Suggested for this ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="398"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="420"/>
        <source>No articles found</source>
        <translation>No articles found</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/knowledge_panel.py" line="424"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="427"/>
        <source>also searched for: %1</source>
        <translation>also searched for: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="444"/>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="447"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="447"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="481"/>
        <source>The article is no longer there.</source>
        <translation>The article is no longer there.</translation>
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
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259"/>
        <source>Ticket status filter</source>
        <translation>Ticket status filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260"/>
        <source>Active tickets</source>
        <translation>Active tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="279"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="369"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="372"/>
        <location filename="../../desktop/ui/main_window.py" line="1008"/>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="375"/>
        <source>Call script</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="393"/>
        <location filename="../../desktop/ui/main_window.py" line="1071"/>
        <source>Not delivered</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="415"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="416"/>
        <source>Fetch the newest tickets from the server</source>
        <translation>Fetch the newest tickets from the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="418"/>
        <source>Sign &amp;in again…</source>
        <translation>Sign &amp;in again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="421"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="422"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232"/>
        <source>The sort order, columns or filter differ from the saved view. Save view (%1) keeps them.</source>
        <translation>The sort order, columns or filter differ from the saved view. Save view (%1) keeps them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>Filter the list</source>
        <translation>Filter the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>Filter: reference, title, customer</source>
        <translation>Filter: reference, title, customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <source>Shows the tickets whose reference starts with the text, or whose title or customer contains every word (%1)</source>
        <translation>Shows the tickets whose reference starts with the text, or whose title or customer contains every word (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="426"/>
        <source>Go to &amp;views and queues</source>
        <translation>Go to &amp;views and queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="429"/>
        <source>Go to &amp;tickets</source>
        <translation>Go to &amp;tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="431"/>
        <source>Choose the status &amp;filter</source>
        <translation>Choose the status &amp;filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="434"/>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filter the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="435"/>
        <source>Show only tickets with this reference, title or customer</source>
        <translation>Show only tickets with this reference, title or customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="437"/>
        <source>&amp;Save view…</source>
        <translation>&amp;Save view…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="438"/>
        <source>Keep the filters, sort order and columns of the list as a view</source>
        <translation>Keep the filters, sort order and columns of the list as a view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="443"/>
        <source>Show view %1</source>
        <translation>Show view %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="456"/>
        <source>&amp;Not delivered changes</source>
        <translation>&amp;Not delivered changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="457"/>
        <source>Conflicts, rejected changes and notices from the server</source>
        <translation>Conflicts, rejected changes and notices from the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="459"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="461"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462"/>
        <source>&amp;About AgentDesk</source>
        <translation>&amp;About AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="468"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="476"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="490"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="514"/>
        <source>Changes made on this computer that the server has not received yet. They are sent automatically.</source>
        <translation>Changes made on this computer that the server has not received yet. They are sent automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="521"/>
        <source>Changes the server did not take as they are. Click to decide what happens with them (%1).</source>
        <translation>Changes the server did not take as they are. Click to decide what happens with them (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="844"/>
        <source>View “%1” saved.</source>
        <translation>View “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="872"/>
        <location filename="../../desktop/ui/main_window.py" line="898"/>
        <location filename="../../desktop/ui/main_window.py" line="929"/>
        <source>Sign in to save views.</source>
        <translation>Sign in to save views.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="877"/>
        <source>View not saved</source>
        <translation>View not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="912"/>
        <source>Delete view</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="913"/>
        <source>Delete the view “%1”? The tickets stay as they are.</source>
        <translation>Delete the view “%1”? The tickets stay as they are.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="948"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1005"/>
        <source>No customer yet</source>
        <translation>No customer yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1006"/>
        <source>Select a ticket to see its customer.</source>
        <translation>Select a ticket to see its customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1008"/>
        <source>Select a ticket to see matching articles.</source>
        <translation>Select a ticket to see matching articles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1010"/>
        <location filename="../../desktop/ui/main_window.py" line="1021"/>
        <source>No call script</source>
        <translation>No call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1010"/>
        <source>Select a ticket to see its call script.</source>
        <translation>Select a ticket to see its call script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1015"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1017"/>
        <source>No customer</source>
        <translation>No customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1018"/>
        <source>This ticket has no customer.</source>
        <translation>This ticket has no customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1019"/>
        <source>No matching articles</source>
        <translation>No matching articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1020"/>
        <source>No knowledge articles match this ticket yet.</source>
        <translation>No knowledge articles match this ticket yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1022"/>
        <source>There is no call script for this queue yet.</source>
        <translation>There is no call script for this queue yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1043"/>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1046"/>
        <source>Synchronising… %1 records</source>
        <translation>Synchronising… %1 records</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="1065"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="1068"/>
        <source>%n not delivered</source>
        <translation>
            <numerusform>%n not delivered</numerusform>
            <numerusform>%n not delivered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1106"/>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1108"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1116"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1117"/>
        <source>Sign out of AgentDesk? The tickets stay on this computer.</source>
        <translation>Sign out of AgentDesk? The tickets stay on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1143"/>
        <source>Show or hide the panel “%1”</source>
        <translation>Show or hide the panel “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1148"/>
        <source>Show one of the first nine views</source>
        <translation>Show one of the first nine views</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1155"/>
        <location filename="../../desktop/ui/main_window.py" line="1159"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1164"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1164"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1190"/>
        <source>About AgentDesk</source>
        <translation>About AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1191"/>
        <source>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;The workplace for 1st, 2nd and 3rd level support: tickets, customers, knowledge and call scripts — also when the network is gone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;The workplace for 1st, 2nd and 3rd level support: tickets, customers, knowledge and call scripts — also when the network is gone.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="67"/>
        <source>Search &amp;knowledge</source>
        <translation>Search &amp;knowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="74"/>
        <source>Call &amp;script</source>
        <translation>Call &amp;script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="82"/>
        <source>&amp;Edit call scripts…</source>
        <translation>&amp;Edit call scripts…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/app/messages.py" line="39"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="40"/>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Your sign-in is no longer valid. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="42"/>
        <source>The server at %1 sends AgentDesk on to %2. Please use that address as the server address.</source>
        <translation>The server at %1 sends AgentDesk on to %2. Please use that address as the server address.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="46"/>
        <source>The server at %1 answered, but not like an AgentDesk server. Please check the server address.</source>
        <translation>The server at %1 answered, but not like an AgentDesk server. Please check the server address.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="51"/>
        <source>The security certificate of %1 was not accepted, so no connection was made. Please contact your IT department.</source>
        <translation>The security certificate of %1 was not accepted, so no connection was made. Please contact your IT department.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="55"/>
        <source>The server at %1 has a problem (error %2). You can go on working; AgentDesk keeps trying.</source>
        <translation>The server at %1 has a problem (error %2). You can go on working; AgentDesk keeps trying.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="60"/>
        <source>Server not reachable: %1 does not answer. You can go on working; AgentDesk keeps trying.</source>
        <translation>Server not reachable: %1 does not answer. You can go on working; AgentDesk keeps trying.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="63"/>
        <source>Server not reachable: %1 does not answer. Please check the server address and your network connection.</source>
        <translation>Server not reachable: %1 does not answer. Please check the server address and your network connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="68"/>
        <source>This version of AgentDesk is too old for the server. Please ask your IT department for an update.</source>
        <translation>This version of AgentDesk is too old for the server. Please ask your IT department for an update.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="71"/>
        <source>The server refused the request: you lack the permission.</source>
        <translation>The server refused the request: you lack the permission.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="73"/>
        <source>The server refused the request: %1</source>
        <translation>The server refused the request: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="75"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="95"/>
        <source>Not permitted</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="96"/>
        <source>Invalid value</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="97"/>
        <source>Status change not possible</source>
        <translation>Status change not possible</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="98"/>
        <source>Deleted on the server</source>
        <translation>Deleted on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="99"/>
        <source>Already exists</source>
        <translation>Already exists</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="100"/>
        <source>Breaks a database rule</source>
        <translation>Breaks a database rule</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="101"/>
        <source>Queue not visible</source>
        <translation>Queue not visible</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="102"/>
        <source>Needs an escalation</source>
        <translation>Needs an escalation</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="103"/>
        <source>Hand-over note incomplete</source>
        <translation>Hand-over note incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="104"/>
        <source>Reference already taken</source>
        <translation>Reference already taken</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="106"/>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="120"/>
        <source>what was tried</source>
        <translation>what was tried</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="121"/>
        <source>findings</source>
        <translation>findings</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="122"/>
        <source>what the customer was told</source>
        <translation>what the customer was told</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="126"/>
        <source>The hand-over note is incomplete: %1 is missing.</source>
        <translation>The hand-over note is incomplete: %1 is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="128"/>
        <source>The hand-over note is incomplete.</source>
        <translation>The hand-over note is incomplete.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="130"/>
        <source>This record was deleted on the server.</source>
        <translation>This record was deleted on the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="131"/>
        <source>A record with this id exists already.</source>
        <translation>A record with this id exists already.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="132"/>
        <source>The change breaks a rule of the database (a duplicate or a missing reference).</source>
        <translation>The change breaks a rule of the database (a duplicate or a missing reference).</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="134"/>
        <source>You may not work on tickets of this queue.</source>
        <translation>You may not work on tickets of this queue.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="136"/>
        <source>A ticket moves to another support level only by escalation or hand-back.</source>
        <translation>A ticket moves to another support level only by escalation or hand-back.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="140"/>
        <source>Another ticket already has the reference %1.</source>
        <translation>Another ticket already has the reference %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="145"/>
        <source>You may only change your own %1.</source>
        <translation>You may only change your own %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="148"/>
        <source>Changing %1 needs the role “%2”.</source>
        <translation>Changing %1 needs the role “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="151"/>
        <source>Changing %1 needs support level %2 or higher.</source>
        <translation>Changing %1 needs support level %2 or higher.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="153"/>
        <source>%1 cannot be changed this way.</source>
        <translation>%1 cannot be changed this way.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="155"/>
        <source>You are not permitted to make this change.</source>
        <translation>You are not permitted to make this change.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="163"/>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="164"/>
        <source>ticket entries</source>
        <translation>ticket entries</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="165"/>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="166"/>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="167"/>
        <source>phone numbers</source>
        <translation>phone numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="168"/>
        <source>e-mail addresses</source>
        <translation>e-mail addresses</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="169"/>
        <source>queues</source>
        <translation>queues</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="170"/>
        <source>teams</source>
        <translation>teams</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="171"/>
        <source>SLA policies</source>
        <translation>SLA policies</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="172"/>
        <source>knowledge articles</source>
        <translation>knowledge articles</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="173"/>
        <source>call scripts</source>
        <translation>call scripts</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="174"/>
        <source>macros</source>
        <translation>macros</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="175"/>
        <source>saved views</source>
        <translation>saved views</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="176"/>
        <source>agent states</source>
        <translation>agent states</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="177"/>
        <source>calls</source>
        <translation>calls</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="178"/>
        <source>users</source>
        <translation>users</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="185"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="186"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="187"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="198"/>
        <source>Your note was added to ticket %1, which had been closed meanwhile.</source>
        <translation>Your note was added to ticket %1, which had been closed meanwhile.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="201"/>
        <source>Your note was added to a ticket that had been closed meanwhile.</source>
        <translation>Your note was added to a ticket that had been closed meanwhile.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="203"/>
        <source>The server accepted your change with a remark: %1</source>
        <translation>The server accepted your change with a remark: %1</translation>
    </message>
</context>
<context>
    <name>NewCustomerForm</name>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="100"/>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="101"/>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="102"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="103"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="104"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="120"/>
        <source>Enter a name or an organisation.</source>
        <translation>Enter a name or an organisation.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="56"/>
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="70"/>
        <source>Reference for the caller</source>
        <translation>Reference for the caller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="76"/>
        <source>Reference %1</source>
        <translation>Reference %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="80"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="104"/>
        <source>Optional. Without a customer the ticket is not linked to the caller.</source>
        <translation>Optional. Without a customer the ticket is not linked to the caller.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="111"/>
        <source>What is the problem, in a few words?</source>
        <translation>What is the problem, in a few words?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="147"/>
        <source>Assign to &amp;me</source>
        <translation>Assign to &amp;me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="160"/>
        <source>C&amp;ustomer</source>
        <translation>C&amp;ustomer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="161"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="162"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="163"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="164"/>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="165"/>
        <source>U&amp;rgency</source>
        <translation>U&amp;rgency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="166"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="167"/>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="178"/>
        <source>Enter creates the ticket · %1 from the description</source>
        <translation>Enter creates the ticket · %1 from the description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="185"/>
        <source>&amp;Create ticket</source>
        <translation>&amp;Create ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="246"/>
        <source>Please enter a title.</source>
        <translation>Please enter a title.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../desktop/app/notifications.py" line="625"/>
        <source>Ticket assigned to you</source>
        <translation>Ticket assigned to you</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="628"/>
        <source>Assigned by %1</source>
        <translation>Assigned by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="631"/>
        <source>Ticket handed back to your level</source>
        <translation>Ticket handed back to your level</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="633"/>
        <source>Ticket escalated to your level</source>
        <translation>Ticket escalated to your level</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="638"/>
        <source>SLA breached</source>
        <translation>SLA breached</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="640"/>
        <source>SLA at risk</source>
        <translation>SLA at risk</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="645"/>
        <source>First response was due at %1</source>
        <translation>First response was due at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="647"/>
        <source>First response due at %1</source>
        <translation>First response due at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="651"/>
        <source>Solution was due at %1</source>
        <translation>Solution was due at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="653"/>
        <source>Solution due at %1</source>
        <translation>Solution due at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="657"/>
        <source>Reminder due</source>
        <translation>Reminder due</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="663"/>
        <source>%n tickets assigned to you</source>
        <translation>%n tickets assigned to you</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="666"/>
        <source>%n tickets handed back to your level</source>
        <translation>%n tickets handed back to your level</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="668"/>
        <source>%n tickets escalated to your level</source>
        <translation>%n tickets escalated to your level</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="671"/>
        <source>SLA warning on %n tickets</source>
        <translation>SLA warning on %n tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="673"/>
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
        <location filename="../../desktop/ui/outbox_panel.py" line="156"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="158"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="163"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="167"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="188"/>
        <source>Also changed on the server meanwhile: %1</source>
        <translation>Also changed on the server meanwhile: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="246"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="246"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="246"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="246"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="247"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="356"/>
        <source>Everything delivered</source>
        <translation>Everything delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="357"/>
        <source>All your changes have reached the server.</source>
        <translation>All your changes have reached the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="368"/>
        <source>The server did not take these changes as they are. Decide for each one: resolve a conflict, correct and send again, or discard.</source>
        <translation>The server did not take these changes as they are. Decide for each one: resolve a conflict, correct and send again, or discard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="376"/>
        <source>Changes not delivered</source>
        <translation>Changes not delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="408"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="410"/>
        <source>&amp;Try again…</source>
        <translation>&amp;Try again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="412"/>
        <location filename="../../desktop/ui/outbox_panel.py" line="601"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="414"/>
        <source>Dis&amp;miss</source>
        <translation>Dis&amp;miss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="430"/>
        <source>Open the change</source>
        <translation>Open the change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="525"/>
        <source>Your change: %1</source>
        <translation>Your change: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="592"/>
        <source>Discard your change to “%1”?</source>
        <translation>Discard your change to “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="597"/>
        <source>The record keeps the server&apos;s version. This cannot be undone.</source>
        <translation>The record keeps the server&apos;s version. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="437"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="591"/>
        <source>Discard change</source>
        <translation>Discard change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="626"/>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="627"/>
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
    <name>RetryDialog</name>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="273"/>
        <source>Send change again</source>
        <translation>Send change again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="282"/>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="290"/>
        <source>Correct your change and send it again.</source>
        <translation>Correct your change and send it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="310"/>
        <source>The change is sent again as it is.</source>
        <translation>The change is sent again as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="318"/>
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
        <location filename="../../desktop/ui/screen_pop.py" line="53"/>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="54"/>
        <source>The caller withheld the number.</source>
        <translation>The caller withheld the number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="55"/>
        <source>This is not a phone number.</source>
        <translation>This is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="56"/>
        <source>The phone number is too short.</source>
        <translation>The phone number is too short.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="57"/>
        <source>The phone number is too long.</source>
        <translation>The phone number is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="58"/>
        <source>There is no country with this code.</source>
        <translation>There is no country with this code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="59"/>
        <source>This phone number does not exist. Check the area code.</source>
        <translation>This phone number does not exist. Check the area code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="61"/>
        <source>This is not a valid phone number.</source>
        <translation>This is not a valid phone number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="67"/>
        <source>An e-mail address needs an @.</source>
        <translation>An e-mail address needs an @.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="68"/>
        <source>The part before the @ is not valid.</source>
        <translation>The part before the @ is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="69"/>
        <source>The part after the @ is not a valid domain.</source>
        <translation>The part after the @ is not a valid domain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="70"/>
        <source>The e-mail address is too long.</source>
        <translation>The e-mail address is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="72"/>
        <source>This is not a valid e-mail address.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="207"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="211"/>
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="242"/>
        <source>Number withheld</source>
        <translation>Number withheld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="245"/>
        <source>Caller number</source>
        <translation>Caller number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="254"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="261"/>
        <source>Unknown number. Create the customer while you talk.</source>
        <translation>Unknown number. Create the customer while you talk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="266"/>
        <source>&amp;Open customer</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="268"/>
        <source>Known customer.</source>
        <translation>Known customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="272"/>
        <source>More customers use this number than are shown. Choose one, or search for the caller by name.</source>
        <translation>More customers use this number than are shown. Choose one, or search for the caller by name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screen_pop.py" line="278"/>
        <source>%n customer(s) use this number. Choose one.</source>
        <translation>
            <numerusform>%n customer uses this number.</numerusform>
            <numerusform>%n customers use this number. Choose one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="285"/>
        <source>&amp;Create customer</source>
        <translation>&amp;Create customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="327"/>
        <source>Outgoing call</source>
        <translation>Outgoing call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="327"/>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="330"/>
        <source>Call in progress</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="334"/>
        <source>Call ended</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="334"/>
        <source>Missed call</source>
        <translation>Missed call</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="87"/>
        <source>The script has no steps.</source>
        <translation>The script has no steps.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="89"/>
        <source>The start step “%1” does not exist.</source>
        <translation>The start step “%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="93"/>
        <source>The step id “%1” may only use letters, digits, _ . and - (at most 80).</source>
        <translation>The step id “%1” may only use letters, digits, _ . and - (at most 80).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="100"/>
        <source>Step “%1”: the question id “%2” may only use letters, digits and _.</source>
        <translation>Step “%1”: the question id “%2” may only use letters, digits and _.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="109"/>
        <source>Step “%1”: the question id “%2” is used more than once in the script.</source>
        <translation>Step “%1”: the question id “%2” is used more than once in the script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="118"/>
        <source>Step “%1”: question “%2” has an unknown type.</source>
        <translation>Step “%1”: question “%2” has an unknown type.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="125"/>
        <source>Step “%1”: question “%2” has no answers to choose from.</source>
        <translation>Step “%1”: question “%2” has no answers to choose from.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="133"/>
        <source>Step “%1”: question “%2” lists “%3” twice.</source>
        <translation>Step “%1”: question “%2” lists “%3” twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="142"/>
        <source>Step “%1”: question “%2” has a minimum above its maximum.</source>
        <translation>Step “%1”: question “%2” has a minimum above its maximum.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="150"/>
        <source>Step “%1” branches to “%2”, which does not exist.</source>
        <translation>Step “%1” branches to “%2”, which does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="158"/>
        <source>Step “%1” cannot be reached from the start.</source>
        <translation>Step “%1” cannot be reached from the start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="161"/>
        <source>Step “%1” has neither an outcome nor a branch.</source>
        <translation>Step “%1” has neither an outcome nor a branch.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="165"/>
        <source>The steps %1 go round in a loop that never reaches an outcome.</source>
        <translation>The steps %1 go round in a loop that never reaches an outcome.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="171"/>
        <source>Step “%1”: the answer “%2” to “%3” has no branch.</source>
        <translation>Step “%1”: the answer “%2” to “%3” has no branch.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="180"/>
        <source>Step “%1” branches on “%2”, which is no question of the script.</source>
        <translation>Step “%1” branches on “%2”, which is no question of the script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="189"/>
        <source>Step “%1”: “%2” is not an answer of “%3”.</source>
        <translation>Step “%1”: “%2” is not an answer of “%3”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="198"/>
        <source>Step “%1”: unknown condition “%2”.</source>
        <translation>Step “%1”: unknown condition “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="203"/>
        <source>Step “%1” ends with an unknown outcome.</source>
        <translation>Step “%1” ends with an unknown outcome.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="206"/>
        <source>Step “%1” ends escalated but names no level to escalate to.</source>
        <translation>Step “%1” ends escalated but names no level to escalate to.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="213"/>
        <source>Step “%1” escalates to level %2; only levels 2 and 3 exist.</source>
        <translation>Step “%1” escalates to level %2; only levels 2 and 3 exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="221"/>
        <source>Step “%1” sets the unknown ticket field “%2”.</source>
        <translation>Step “%1” sets the unknown ticket field “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="228"/>
        <source>Step “%1” sets “%2” to an invalid value.</source>
        <translation>Step “%1” sets “%2” to an invalid value.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="235"/>
        <source>Step “%1” uses the placeholder {%2}, which does not exist.</source>
        <translation>Step “%1” uses the placeholder {%2}, which does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="242"/>
        <source>Step “%1” has no text.</source>
        <translation>Step “%1” has no text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="244"/>
        <source>Step “%1”: some answers may match no branch; add a branch without a condition.</source>
        <translation>Step “%1”: some answers may match no branch; add a branch without a condition.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="252"/>
        <source>Step “%1” ends the script, so its branches are never used.</source>
        <translation>Step “%1” ends the script, so its branches are never used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="264"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="265"/>
        <source>Yes / no</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="266"/>
        <source>One choice</source>
        <translation>One choice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="267"/>
        <source>Several choices</source>
        <translation>Several choices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="268"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="269"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="270"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="271"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="277"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="279"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="383"/>
        <source>Call script editor</source>
        <translation>Call script editor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="391"/>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="424"/>
        <location filename="../../desktop/ui/script_editor.py" line="1095"/>
        <source>Call script editor – %1 (revision %2)</source>
        <translation>Call script editor – %1 (revision %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="439"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="442"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="443"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="446"/>
        <source>Any queue</source>
        <translation>Any queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="450"/>
        <source>any number</source>
        <translation>any number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="452"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="453"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="454"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Queue:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="455"/>
        <source>&amp;Dialled number:</source>
        <translation>&amp;Dialled number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="463"/>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="472"/>
        <source>S&amp;teps</source>
        <translation>S&amp;teps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="480"/>
        <source>&amp;Add step</source>
        <translation>&amp;Add step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="482"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="484"/>
        <source>Make start</source>
        <translation>Make start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="491"/>
        <location filename="../../desktop/ui/script_editor.py" line="657"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="493"/>
        <location filename="../../desktop/ui/script_editor.py" line="1057"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="494"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="500"/>
        <source>Problems of the script</source>
        <translation>Problems of the script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="509"/>
        <source>&amp;Import YAML…</source>
        <translation>&amp;Import YAML…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="511"/>
        <source>&amp;Export YAML…</source>
        <translation>&amp;Export YAML…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="513"/>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="515"/>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="517"/>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="519"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="542"/>
        <source>Step &amp;id:</source>
        <translation>Step &amp;id:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="544"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="549"/>
        <source>What the agent says or does. Placeholders: %1</source>
        <translation>What the agent says or does. Placeholders: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="554"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="559"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="560"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="561"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="562"/>
        <source>Answers (a|b|c)</source>
        <translation>Answers (a|b|c)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="563"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="572"/>
        <source>Add &amp;question</source>
        <translation>Add &amp;question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="574"/>
        <source>Remove question</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="582"/>
        <source>Questions:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="587"/>
        <source>When (e.g. device = Printer; count &gt;= 10; empty: otherwise)</source>
        <translation>When (e.g. device = Printer; count &gt;= 10; empty: otherwise)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="590"/>
        <source>Go to step</source>
        <translation>Go to step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="599"/>
        <source>Add &amp;branch</source>
        <translation>Add &amp;branch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="601"/>
        <source>Remove branch</source>
        <translation>Remove branch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="609"/>
        <source>Branches:</source>
        <translation>Branches:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="612"/>
        <source>none: go on along a branch</source>
        <translation>none: go on along a branch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="616"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="619"/>
        <source>no escalation</source>
        <translation>no escalation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="620"/>
        <source>Propose escalation to &amp;level:</source>
        <translation>Propose escalation to &amp;level:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="622"/>
        <source>Hand-over: tried</source>
        <translation>Hand-over: tried</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="624"/>
        <source>Hand-over: findings</source>
        <translation>Hand-over: findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="626"/>
        <source>Hand-over: told the customer</source>
        <translation>Hand-over: told the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="629"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="632"/>
        <source>impact unchanged</source>
        <translation>impact unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="635"/>
        <source>urgency unchanged</source>
        <translation>urgency unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="638"/>
        <source>Set ticket fields:</source>
        <translation>Set ticket fields:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="641"/>
        <source>knowledge article ids, separated by commas</source>
        <translation>knowledge article ids, separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="643"/>
        <source>Show a&amp;rticles:</source>
        <translation>Show a&amp;rticles:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="658"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="659"/>
        <source>Average time (s)</source>
        <translation>Average time (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="660"/>
        <source>Calls left here</source>
        <translation>Calls left here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="661"/>
        <source>Ended here</source>
        <translation>Ended here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="678"/>
        <source>A new script has no runs yet.</source>
        <translation>A new script has no runs yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="687"/>
        <source>%1 runs: %2 finished, %3 in progress, %4 left without an outcome. Outcomes: %5</source>
        <translation>%1 runs: %2 finished, %3 in progress, %4 left without an outcome. Outcomes: %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="696"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="890"/>
        <source>Step “%1”: cannot read the condition “%2”; it was left out.</source>
        <translation>Step “%1”: cannot read the condition “%2”; it was left out.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="951"/>
        <source>There is a step “%1” already.</source>
        <translation>There is a step “%1” already.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1002"/>
        <source>The script cannot be read: %1</source>
        <translation>The script cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1012"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1014"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1035"/>
        <source>The script needs a name.</source>
        <translation>The script needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1040"/>
        <source>%1 problem(s) must be fixed before publishing.</source>
        <translation>%1 problem(s) must be fixed before publishing.</translation>
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
        <location filename="../../desktop/ui/script_panel.py" line="88"/>
        <source>Please answer this question.</source>
        <translation>Please answer this question.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="89"/>
        <source>Choose yes or no.</source>
        <translation>Choose yes or no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="90"/>
        <source>Choose one of the answers.</source>
        <translation>Choose one of the answers.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="91"/>
        <source>Tick answers from the list.</source>
        <translation>Tick answers from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="92"/>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="93"/>
        <source>Enter at least %1.</source>
        <translation>Enter at least %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="94"/>
        <source>Enter at most %1.</source>
        <translation>Enter at most %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="95"/>
        <source>Enter a date.</source>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="96"/>
        <source>Enter a valid phone number, e.g. +49 89 1234567.</source>
        <translation>Enter a valid phone number, e.g. +49 89 1234567.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="97"/>
        <source>Enter a valid e-mail address, e.g. name@example.com.</source>
        <translation>Enter a valid e-mail address, e.g. name@example.com.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="101"/>
        <source>Enter at most %1 characters.</source>
        <translation>Enter at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="103"/>
        <source>Enter text.</source>
        <translation>Enter text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="104"/>
        <source>This question is not part of the current step.</source>
        <translation>This question is not part of the current step.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="143"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="143"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="183"/>
        <source>e.g. +49 89 1234567</source>
        <translation>e.g. +49 89 1234567</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="184"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="203"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="208"/>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="210"/>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="331"/>
        <source>No call script</source>
        <translation>No call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="332"/>
        <source>Select a ticket to see its call script.</source>
        <translation>Select a ticket to see its call script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="348"/>
        <location filename="../../desktop/ui/script_panel.py" line="361"/>
        <source>Call script</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="362"/>
        <source>&amp;Script:</source>
        <translation>&amp;Script:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="366"/>
        <source>&amp;Start script</source>
        <translation>&amp;Start script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="387"/>
        <source>Path so far</source>
        <translation>Path so far</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="418"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="420"/>
        <source>One step back (Alt+Left)</source>
        <translation>One step back (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="422"/>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="425"/>
        <source>Back to the first step (Alt+Home)</source>
        <translation>Back to the first step (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="428"/>
        <location filename="../../desktop/ui/script_panel.py" line="613"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="430"/>
        <source>Save the answers and go on (Enter)</source>
        <translation>Save the answers and go on (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="460"/>
        <source>Hand-over note</source>
        <translation>Hand-over note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="465"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="469"/>
        <source>Start another script</source>
        <translation>Start another script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="549"/>
        <source>Suggested for this call: %1</source>
        <translation>Suggested for this call: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="553"/>
        <source>No script is set up for this call; pick one.</source>
        <translation>No script is set up for this call; pick one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="556"/>
        <source>There are no call scripts yet.</source>
        <translation>There are no call scripts yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="586"/>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="588"/>
        <source>preview</source>
        <translation>preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="613"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="664"/>
        <source>The script continues at step “%1”, which does not exist. Tell a supervisor.</source>
        <translation>The script continues at step “%1”, which does not exist. Tell a supervisor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="672"/>
        <source>No branch of the script fits these answers. Change an answer or tell a supervisor.</source>
        <translation>No branch of the script fits these answers. Change an answer or tell a supervisor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="728"/>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="734"/>
        <source>The transcript was added to the ticket.</source>
        <translation>The transcript was added to the ticket.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="736"/>
        <source>Ticket fields were set from the script.</source>
        <translation>Ticket fields were set from the script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="738"/>
        <source>Preview: nothing was saved.</source>
        <translation>Preview: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="744"/>
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
        <location filename="../../desktop/ui/ticket_editor.py" line="138"/>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="139"/>
        <source>Department or site</source>
        <translation>Department or site</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="140"/>
        <source>Team or group</source>
        <translation>Team or group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="141"/>
        <source>One person</source>
        <translation>One person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="142"/>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="149"/>
        <source>Work has stopped</source>
        <translation>Work has stopped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="150"/>
        <source>Severely hindered</source>
        <translation>Severely hindered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="151"/>
        <source>Hindered</source>
        <translation>Hindered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="152"/>
        <source>Slightly hindered</source>
        <translation>Slightly hindered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="153"/>
        <source>Can wait</source>
        <translation>Can wait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="160"/>
        <source>Waiting for the customer</source>
        <translation>Waiting for the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="162"/>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="173"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="1124"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="174"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="1123"/>
        <source>Call log</source>
        <translation>Call log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="175"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="1121"/>
        <source>Message to the customer</source>
        <translation>Message to the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="183"/>
        <source>What was tried</source>
        <translation>What was tried</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="184"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="185"/>
        <source>What the customer was told</source>
        <translation>What the customer was told</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="526"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="527"/>
        <source>Copy the reference (%1)</source>
        <translation>Copy the reference (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="536"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="538"/>
        <source>Throw away the unsaved changes</source>
        <translation>Throw away the unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="541"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="543"/>
        <source>Save the changes (%1)</source>
        <translation>Save the changes (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="574"/>
        <source>Pending reason</source>
        <translation>Pending reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="590"/>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="615"/>
        <source>Queues of the ticket&apos;s level. To move it to another level, escalate it or hand it back.</source>
        <translation>Queues of the ticket&apos;s level. To move it to another level, escalate it or hand it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="685"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="685"/>
        <source>C&amp;all log</source>
        <translation>C&amp;all log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="686"/>
        <source>&amp;Message to the customer</source>
        <translation>&amp;Message to the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="703"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="706"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="1063"/>
        <source>Write an internal note…</source>
        <translation>Write an internal note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="710"/>
        <source>%1 adds the entry</source>
        <translation>%1 adds the entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="713"/>
        <source>Add &amp;entry</source>
        <translation>Add &amp;entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="734"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="736"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="815"/>
        <source>This ticket is no longer on this computer: it was moved to a queue you do not see, or deleted.</source>
        <translation>This ticket is no longer on this computer: it was moved to a queue you do not see, or deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="830"/>
        <source>Reference %1</source>
        <translation>Reference %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="857"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="982"/>
        <source>Priority follows from impact × urgency</source>
        <translation>Priority follows from impact × urgency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="991"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="993"/>
        <source>Entry not added yet</source>
        <translation>Entry not added yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1004"/>
        <source>(gone)</source>
        <translation>(gone)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1040"/>
        <source>Ticket %1 saved.</source>
        <translation>Ticket %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1064"/>
        <source>What was said on the phone…</source>
        <translation>What was said on the phone…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1065"/>
        <source>Write to the customer…</source>
        <translation>Write to the customer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1090"/>
        <source>%1 added to %2.</source>
        <translation>%1 added to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1099"/>
        <source>Reference %1 copied.</source>
        <translation>Reference %1 copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1110"/>
        <source>Timeline (%1)</source>
        <translation>Timeline (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1120"/>
        <source>Message from the customer</source>
        <translation>Message from the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1125"/>
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1126"/>
        <source>Handed back</source>
        <translation>Handed back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1127"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1128"/>
        <source>Call script transcript</source>
        <translation>Call script transcript</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1165"/>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1166"/>
        <source>back to %1</source>
        <translation>back to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1171"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1199"/>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1218"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>TicketMessages</name>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="197"/>
        <source>A ticket cannot go from “%1” to “%2”.</source>
        <translation>A ticket cannot go from “%1” to “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="202"/>
        <source>The hand-over note is missing: %1.</source>
        <translation>The hand-over note is missing: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="205"/>
        <source>Impact must be 1 to %1.</source>
        <translation>Impact must be 1 to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="208"/>
        <source>Urgency must be 1 to %1.</source>
        <translation>Urgency must be 1 to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="212"/>
        <source>The title</source>
        <translation>The title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="213"/>
        <source>The category</source>
        <translation>The category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="214"/>
        <source>The macro&apos;s name</source>
        <translation>The macro&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="215"/>
        <source>The shortcut</source>
        <translation>The shortcut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="216"/>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 is too long (at most %2 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="219"/>
        <source>That queue is on another support level. Use “Escalate” or “Hand back” to move the ticket there.</source>
        <translation>That queue is on another support level. Use “Escalate” or “Hand back” to move the ticket there.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="222"/>
        <source>There is no queue on this computer for new tickets. Please synchronise first.</source>
        <translation>There is no queue on this computer for new tickets. Please synchronise first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="225"/>
        <source>The ticket is on the 3rd level already and cannot be escalated further.</source>
        <translation>The ticket is on the 3rd level already and cannot be escalated further.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="228"/>
        <source>A ticket on level %1 can only be escalated to a level %2 queue.</source>
        <translation>A ticket on level %1 can only be escalated to a level %2 queue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="232"/>
        <source>Only level %1 or higher can move this ticket between levels.</source>
        <translation>Only level %1 or higher can move this ticket between levels.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="235"/>
        <source>A ticket can only be handed back to a lower level.</source>
        <translation>A ticket can only be handed back to a lower level.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="238"/>
        <source>This ticket is no longer on this computer.</source>
        <translation>This ticket is no longer on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="240"/>
        <source>Please enter a title.</source>
        <translation>Please enter a title.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="241"/>
        <source>Please choose why the ticket is pending.</source>
        <translation>Please choose why the ticket is pending.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="243"/>
        <source>This queue is not on this computer.</source>
        <translation>This queue is not on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="244"/>
        <source>This person is not on this computer.</source>
        <translation>This person is not on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="245"/>
        <source>This customer is not on this computer.</source>
        <translation>This customer is not on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="247"/>
        <source>This field cannot be changed here.</source>
        <translation>This field cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="248"/>
        <source>This kind of entry cannot be added here.</source>
        <translation>This kind of entry cannot be added here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="250"/>
        <source>Please write something first.</source>
        <translation>Please write something first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="251"/>
        <source>Please give a reason for handing the ticket back.</source>
        <translation>Please give a reason for handing the ticket back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="253"/>
        <source>The support level is not valid.</source>
        <translation>The support level is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="254"/>
        <source>A resolved or closed ticket must be reopened before it is escalated or handed back.</source>
        <translation>A resolved or closed ticket must be reopened before it is escalated or handed back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="256"/>
        <source>This macro is no longer on this computer.</source>
        <translation>This macro is no longer on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="258"/>
        <source>Only the macro&apos;s owner can change it.</source>
        <translation>Only the macro&apos;s owner can change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="259"/>
        <source>Please give the macro a name.</source>
        <translation>Please give the macro a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="260"/>
        <source>The macro&apos;s actions are not valid.</source>
        <translation>The macro&apos;s actions are not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="265"/>
        <source>The change could not be made: %1</source>
        <translation>The change could not be made: %1</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="83"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="84"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="86"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="87"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="88"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="89"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="90"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="91"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="92"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="93"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="94"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="95"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="107"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <location filename="../../desktop/ui/ticket_model.py" line="109"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="112"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="288"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="305"/>
        <source>The SLA clock is paused while the ticket waits for the customer.</source>
        <translation>The SLA clock is paused while the ticket waits for the customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="309"/>
        <source>First response due: %1</source>
        <translation>First response due: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="311"/>
        <source>Solution due: %1</source>
        <translation>Solution due: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="312"/>
        <source>Within target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="313"/>
        <source>SLA at risk</source>
        <translation>SLA at risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="314"/>
        <source>SLA breached</source>
        <translation>SLA breached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="349"/>
        <source>Business time left until the next SLA target</source>
        <translation>Business time left until the next SLA target</translation>
    </message>
</context>
<context>
    <name>TicketTabs</name>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="127"/>
        <source>Preview: the next ticket you select replaces it. %1</source>
        <translation>Preview: the next ticket you select replaces it. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="171"/>
        <source>Save the changes to ticket %1?</source>
        <translation>Save the changes to ticket %1?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/ticket_tabs.py" line="173"/>
        <source>Save the changes to %n open ticket(s)?</source>
        <translation>
            <numerusform>Save the changes to %n open ticket?</numerusform>
            <numerusform>Save the changes to %n open tickets?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="174"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="178"/>
        <source>Edited fields are saved and typed entries are added. If you discard them, they are lost.</source>
        <translation>Edited fields are saved and typed entries are added. If you discard them, they are lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="181"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="183"/>
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
        <source>C&amp;lose tab</source>
        <translation>C&amp;lose tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="127"/>
        <source>Next ticket tab</source>
        <translation>Next ticket tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="129"/>
        <source>Previous ticket tab</source>
        <translation>Previous ticket tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="132"/>
        <source>Go to the open tic&amp;ket</source>
        <translation>Go to the open tic&amp;ket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="134"/>
        <source>&amp;Take</source>
        <translation>&amp;Take</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="135"/>
        <source>Make yourself the owner of the ticket</source>
        <translation>Make yourself the owner of the ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="136"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Assign to…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="138"/>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="140"/>
        <source>Put the ticket back into its queue without owner</source>
        <translation>Put the ticket back into its queue without owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="141"/>
        <source>A&amp;dd note</source>
        <translation>A&amp;dd note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="143"/>
        <source>Log a &amp;call</source>
        <translation>Log a &amp;call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="145"/>
        <source>&amp;Write to the customer</source>
        <translation>&amp;Write to the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="147"/>
        <source>Cop&amp;y reference</source>
        <translation>Cop&amp;y reference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="149"/>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalate…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="151"/>
        <source>Hand the ticket over to the next support level</source>
        <translation>Hand the ticket over to the next support level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="152"/>
        <source>&amp;Hand back…</source>
        <translation>&amp;Hand back…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="154"/>
        <source>Hand the ticket back to a lower support level</source>
        <translation>Hand the ticket back to a lower support level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="155"/>
        <source>Run &amp;macro…</source>
        <translation>Run &amp;macro…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="157"/>
        <source>Mana&amp;ge macros…</source>
        <translation>Mana&amp;ge macros…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="159"/>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="174"/>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="351"/>
        <source>You took ticket %1.</source>
        <translation>You took ticket %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="357"/>
        <source>Ticket %1 is back in its queue.</source>
        <translation>Ticket %1 is back in its queue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="366"/>
        <source>Assign %1 to</source>
        <translation>Assign %1 to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="367"/>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="367"/>
        <source>Nobody to assign to yet.</source>
        <translation>Nobody to assign to yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="377"/>
        <source>Ticket %1 assigned to %2.</source>
        <translation>Ticket %1 assigned to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="403"/>
        <source>Ticket %1 escalated.</source>
        <translation>Ticket %1 escalated.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="412"/>
        <source>Ticket %1 handed back.</source>
        <translation>Ticket %1 handed back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="447"/>
        <source>Ticket %1 created.</source>
        <translation>Ticket %1 created.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="458"/>
        <source>Run a macro on %1</source>
        <translation>Run a macro on %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="459"/>
        <source>Type part of the name</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="460"/>
        <source>No macros yet. Create one under Ticket → Manage macros.</source>
        <translation>No macros yet. Create one under Ticket → Manage macros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="478"/>
        <source>Macro “%1” applied to %2.</source>
        <translation>Macro “%1” applied to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="535"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="536"/>
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
</TS>
