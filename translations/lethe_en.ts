<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>lethe::Age</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase and recipients cannot be combined: age allows a passphrase only on its own. Give either a passphrase or one or more recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption needs a passphrase or a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scrypt work factor %1 is outside 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a character Bech32 does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it mixes upper and lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too short or has no separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Bech32 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum is wrong (a typing error?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has invalid padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a secret key (AGE-SECRET-KEY-1...), not a recipient; give its public key (age-keygen -y prints it), and keep the secret key private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid age recipient: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age X25519 recipient (age1...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid age identity: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an age X25519 identity (AGE-SECRET-KEY-1...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large for a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no recipients in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no identities (AGE-SECRET-KEY-1...) in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the passphrase file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first line is empty; a passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted bundle&apos;s name must end in .age (for example %1.age).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends in .age, but nothing was given to encrypt it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::AgeDecryptor</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decryption is open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated (the age header is incomplete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an armored (text) age file; this program reads binary age files only (decrypt it with age -d first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an age file (it does not start with &quot;age-encryption.org/v1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (the age header is larger than %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (a line of the age header is too long).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (the age header&apos;s MAC is malformed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (the age header has a malformed line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (an age header stanza has a malformed argument).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (an age header stanza has a malformed body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (a passphrase stanza must be the only one in an age header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted with a passphrase, not to a key; give the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (the passphrase stanza is malformed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its scrypt work factor 2^%1 is above the limit 2^%2: decrypting it would take too long or too much memory; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrypt failed (not enough memory for work factor %1?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted to keys, not with a passphrase; give an identity file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (an X25519 stanza is malformed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (an X25519 stanza has a low-order share).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted to any of these keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (the age header fails authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated (the payload is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated (it ends after chunk %1 without a last chunk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated (chunk %1 is incomplete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (chunk %1 fails authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged or truncated (chunk %1 fails authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (the last chunk is empty, which age does not allow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (trailing data after the end of the encrypted payload).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decryption is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::AgeEncryptor</name>
    <message>
        <source>Cannot write the encrypted file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption has begun already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient %1 is not a usable key (a low-order point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrypt failed (not enough memory for work factor %1?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ApprovalDialog</name>
    <message>
        <source>Approve Erasure Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the erasure plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under four eyes a second officer approves the exact plan another officer made, before it runs. Approving erases nothing: an officer other than you then runs the plan, and the run is refused if the data changed since the plan was made. Look at the plan first (Request › Erase Subject… shows it table by table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the plans waiting for approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the erasure plan of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No erasure plan of %1 is waiting for approval. An officer saves one for approval from Request › Erase Subject….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to delete: %1 · to update: %2 · to keep: %3 · Processor records: %4 · Manual tasks: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: no officer key is registered in this workspace (Workspace › Officer Key… makes and registers yours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with your officer key %1 from this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals in this workspace are signed, and this computer&apos;s keychain holds no registered officer key of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot approve this plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace does not require four eyes: the plan may run without an approval. Approving still records that you checked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To approve this plan, type the request&apos;s id, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans waiting for approval could not be read: the connection to the workspace was lost. They are read once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet: the connection to the workspace was lost. What you typed is kept here and the plan is approved once the connection is back, and never twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan is no longer waiting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You closed the approval of plan %1 of %2 while the connection to the workspace was lost, so whether it was saved is not known yet. It is read once the connection is back; until then, Request › Approve Erasure Plan… still lists the plan if it was not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your approval of plan %1 of %2 was not saved: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether your approval of plan %1 of %2 was saved before the connection was lost could not be read: %3. Request › Approve Erasure Plan… lists the plan if it was not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your approval of plan %1 of %2 had been saved before the connection was lost, although you closed the dialog: the plan is approved (once), and an officer other than you can now run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your approval of plan %1 of %2 was not saved: the connection was lost before it was. The plan still waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ApprovalSignature</name>
    <message>
        <source>%1: the key in %2&apos;s keychain (%3) is not the officer key registered for %2 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the approval of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the approval by %2 is not signed, and approvals in this workspace must be. Nothing was run; plan again and have it approved with a registered officer key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the approval is signed, but the approver %2 has no officer key registered to check it with. Nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the approval signature of %2 does not verify against %2&apos;s registered officer key (%3): the approval was altered or not made by %2. Nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: approvals in this workspace are signed, and the officer key of %2 (%3) is registered in this workspace but not in this keychain. Approve where that key is kept, or make a new one here, which replaces the registered one (lethe-cli workspace officer-key --create, or Workspace › Officer Key… in the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: approvals in this workspace are signed, and %2 has no officer key (lethe-cli workspace officer-key --create, or Workspace › Officer Key… in the window, makes and registers one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no officer key registered in this workspace; register it first (lethe-cli workspace officer-key --create, or Workspace › Officer Key… in the window).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::AssignDialog</name>
    <message>
        <source>Escalate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer who takes it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why an officer must decide; kept as a note on the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is handed on; kept as a note on the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the officer who takes the request over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person who takes the request over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is escalated; it is kept as a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is handed on; it is kept as a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than 20,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::AuditLog</name>
    <message>
        <source>Reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the audit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is missing: the log jumps from event %2 to event %3 (events were deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 has an altered time stamp (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 does not follow event %2: its link to the previous event was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 (%2) was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at event %1 but the workspace recorded %2 events: the last events were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log&apos;s last event (%1) does not match the workspace&apos;s recorded audit head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 (%2) is stamped %3, earlier than event %4 before it (%5): one of them was stamped with a wrong clock or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is stamped %2, in the future: it was written with a clock set ahead or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the audit log through the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wrote audit event %1 with a hash Lethe does not recompute: the function lethe_audit_append was changed. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an audit head exported by lethe-cli audit export-head (its first line is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witnessed audit head needs a seq (a positive number) and a hash (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the audit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the signed audit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty: there is no head to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log no longer holds event %1, the head the witness kept (%2): events were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 has the hash %2, but the witness kept %3 for it: the log was rewritten at or before event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer keys are registered in this workspace, but the audit log has no signed head: the signed heads were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit head signed by %1 is at event %2, but the log ends at event %3: events were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is not the event %2 signed as the audit head: the log was rewritten at or before event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit head at event %1 is signed by %2, who has no officer key registered in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit head at event %1 is signed by %2 with key %3, but %2&apos;s registered key is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of the audit head at event %1 does not verify against the registered key of %2: the head or the log was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::BundleExporter</name>
    <message>
        <source>%1 is a request of type &quot;%2&quot;; bundles are made for access and portability requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write temporary files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the search failed, so the bundle would be incomplete: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data we hold about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 (%2, %3), prepared for %4 on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table below is also in the data folder of this file as JSON and CSV, complete; this page shows the first %1 rows of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we process it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long we keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from, if not from you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers outside your country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the readable report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read temporary files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 › %2 › %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: a bundle is made only once the subject&apos;s identity is verified and while the request is open (status verified, in progress or awaiting approval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a temporary file was damaged while the bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Including data about other people needs a reason, which the bundle and the audit log keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) held in your account about other people (for example contacts or leads you keep, and messages sent to them) are not in this copy: they are other people&apos;s personal data (GDPR Art. 15(4)).</source>
        <translation>
            <numerusform>%n row held in your account about other people (for example contacts or leads you keep, and messages sent to them) is not in this copy: it is other people&apos;s personal data (GDPR Art. 15(4)).</numerusform>
            <numerusform>%n rows held in your account about other people (for example contacts or leads you keep, and messages sent to them) are not in this copy: they are other people&apos;s personal data (GDPR Art. 15(4)).</numerusform>
        </translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language of the report (index.html) as a BCP 47 tag: de in the German translation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal information we hold about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1. This page says first what we hold, why, for how long and who receives it, then your rights and how to reach us; your data follows, system by system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated in the data map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who we are and how to reach us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) about you in %1.</source>
        <translation>
            <numerusform>%n row about you in %1.</numerusform>
            <numerusform>%n rows about you in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>What we hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (business or commercial purposes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one outside us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, and your use of our services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business or commercial purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of third parties to whom we disclose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold or shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot compress the exported rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot compress %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::BundleOutput</name>
    <message>
        <source>%1: cannot create the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the finished bundle into place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::BundleReader</name>
    <message>
        <source>Tampered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact and signed by the trusted key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact, but signed by an unknown key %1: it was not made with this workspace&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksums match, but the bundle is not signed: its origin cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampered: SHA256SUMS does not match its signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; would be written outside the bundle&apos;s folder; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; unpacks to more than the limit (%3 bytes); refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no SHA256SUMS; this is not a Lethe bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS has a malformed line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in SHA256SUMS but missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after the bundle was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed in SHA256SUMS (added afterwards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not an empty folder; choose a new or empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make a folder there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot replace the empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the extracted files into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; appears twice in the bundle; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; appears twice, or cannot be written; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this bundle is encrypted; give a passphrase or an identity file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; unpacks to %3 times its compressed size (%4 bytes from %5 so far, more than %6:1); refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundle unpacks to %2 times its compressed size (%3 bytes from %4 so far, more than %5:1, at &quot;%6&quot;); refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is larger than Lethe ever writes it (more than %3 bytes); refused as not a bundle Lethe wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::BundleRedactor</name>
    <message>
        <source>redaction %1 (anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redaction %1 (%2, row %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redaction %1 (%2, row %3, column %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON array of redactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: redaction %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;scope&quot; must be row, cell, text or anywhere, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;row&quot; must be a row number, counting from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;file&quot; is required: the table&apos;s JSON file as the manifest lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is selected for redaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a reason; it goes into the redaction log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the text to withhold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be re-sealed: %2 A new signature would hide that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundle has no table file &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table has %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table has no column &quot;%2&quot;; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sealing was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle lists %1 but does not hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write temporary files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 is not the JSON Lethe writes; it cannot be redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cell does not contain the text to withhold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 rows, but the manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text to withhold is in no table of the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older Lethe whose index.html cannot be redacted row by row; export the request again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no SHA256SUMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The original is encrypted, so the new bundle is encrypted too; to write it unencrypted, ask for that explicitly (lethe-cli: --decrypt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be re-sealed: %2 A re-sealed bundle carries this workspace&apos;s signature, so its content would look vouched for. Check where it came from; to re-seal it anyway, accept it as untrusted (lethe-cli: --accept-untrusted), and the new bundle will say what the original&apos;s verdict was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was re-sealed from one that was not signed by a key the reviewer trusted (%1). What it holds is what that bundle held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: after redacting, the text to withhold is still in %2 (outside the tables&apos; cells, where it cannot be withheld automatically); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::BundleSession</name>
    <message>
        <source>Cannot make a private temporary folder to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manifest lists %2, which the bundle does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 cannot be read from the unpacked bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::BundleTableModel</name>
    <message>
        <source>Withheld (%1). The original: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::BundleViewer</name>
    <message>
        <source>%1, row %2: the whole row — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, %3: &quot;%4&quot; — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; everywhere — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle (Ctrl+O) or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust Public Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redact Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;seal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every table (Ctrl+F, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select cells or rows, then Redact (Ctrl+R). Re-seal (Ctrl+S) writes a new bundle; this one is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and unpacking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Bundle Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted (age). Give its passphrase, or the identity file whose public key it was encrypted to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or an identity file (age-keygen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 (%2): %3 rows in %4 tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have the sender&apos;s public key, use File › Trust Public Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It was re-sealed with %n redaction(s).</source>
        <translation>
            <numerusform>It was re-sealed with %n redaction.</numerusform>
            <numerusform>It was re-sealed with %n redactions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lethe bundles (*.lethe.zip *.zip *.age);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a minisign public key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not signed with key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle has no readable report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Search stopped: %n cell(s) so far.</source>
        <translation>
            <numerusform>Search stopped: %n cell so far.</numerusform>
            <numerusform>Search stopped: %n cells so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n cells containing &quot;%1&quot;.</source>
        <translation>
            <numerusform>The first %n cell containing &quot;%1&quot;.</numerusform>
            <numerusform>The first %n cells containing &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) contain &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n cell contains &quot;%1&quot;.</numerusform>
            <numerusform>%n cells contain &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s) pending; Re-seal (Ctrl+S) writes them into a new bundle.</source>
        <translation>
            <numerusform>%n redaction pending; Re-seal (Ctrl+S) writes it into a new bundle.</numerusform>
            <numerusform>%n redactions pending; Re-seal (Ctrl+S) writes them into a new bundle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select cells or rows of a table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The selected cells (%n)</source>
        <translation>
            <numerusform>The selected cell (%n)</numerusform>
            <numerusform>The selected cells (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole rows (%n)</source>
        <translation>
            <numerusform>The whole row (%n)</numerusform>
            <numerusform>The whole rows (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this text in the cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wherever it appears in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another person&apos;s personal data (Art. 15(4) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade secret or intellectual property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would prejudice the prevention or detection of crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this withheld? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to sign with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sealing signs the new bundle with a workspace&apos;s key, and there is no workspace on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the new bundle with the key of workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-seal Into a New Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lethe bundles (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new file: the original is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 has no signing key to re-seal with (%2). Its first export makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sealing into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n redaction(s), %2 cells withheld, new checksums and signature. The original is unchanged.</source>
        <translation>
            <numerusform>%1 written: %n redaction, %2 cells withheld, new checksums and signature. The original is unchanged.</numerusform>
            <numerusform>%1 written: %n redactions, %2 cells withheld, new checksums and signature. The original is unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s) were not re-sealed into a new bundle and will be lost. Close anyway?</source>
        <translation>
            <numerusform>%n redaction was not re-sealed into a new bundle and will be lost. Close anyway?</numerusform>
            <numerusform>%n redactions were not re-sealed into a new bundle and will be lost. Close anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted with the passphrase the original was opened with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted to %1, the public key of the identity the original was opened with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-seal an Untrusted Bundle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The new bundle will carry your workspace&apos;s signature, so its content would look vouched for. Re-seal it anyway? Its report and manifest will say what this bundle&apos;s verdict was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::Cli</name>
    <message>
        <source>Run `lethe-cli --help` for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lethe command line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name (under the data folder) or folder path. Default: $LETHE_WORKSPACE or &quot;default&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name-or-path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite (default) or postgres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain key that holds the PostgreSQL password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name or folder path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--engine: &quot;%1&quot; is not supported (expected sqlite or postgres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: required for a PostgreSQL workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1 in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspaces in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 by %2 at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received (YYYY-MM-DD); default today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject&apos;s email (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject&apos;s phone in international format (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject&apos;s user id in a product (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product in scope (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this regulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this assignee (empty: unassigned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in id, subject, identity or assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Request id, e.g. R-2026-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests show needs exactly one request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New regulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected date received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assignee (empty to unassign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products in scope (repeatable; replaces the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND:VALUE to add (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND:VALUE to remove (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests update needs exactly one request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required to deny).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id and the new status (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests transition needs a request id and a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why more time is needed (told to the subject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests extend needs exactly one request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id and the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests note needs a request id and the note text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many events (the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n event(s) verified.</source>
        <translation>
            <numerusform>Audit log intact: %n event verified.</numerusform>
            <numerusform>Audit log intact: %n events verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log BROKEN at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of demo requests (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count: &quot;%1&quot; must be between 1 and 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Due:       %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge receipt by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clock:     %1, stopped for %n day(s) in total</source>
        <translation>
            <numerusform>Clock:     %1, stopped for %n day in total</numerusform>
            <numerusform>Clock:     %1, stopped for %n days in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1 already holds %n request(s); demo data goes only into an empty workspace.</source>
        <translation>
            <numerusform>Workspace %1 already holds %n request; demo data goes only into an empty workspace.</numerusform>
            <numerusform>Workspace %1 already holds %n requests; demo data goes only into an empty workspace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo workspace %1 holds %n request(s).</source>
        <translation>
            <numerusform>Demo workspace %1 holds %n request.</numerusform>
            <numerusform>Demo workspace %1 holds %n requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: required (one of %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--regulation: required (one of %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data map (YAML) to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datamap validate needs exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid: system %2 (%3), %n table(s)</source>
        <translation>
            <numerusform>%1: valid: system %2 (%3), %n table</numerusform>
            <numerusform>%1: valid: system %2 (%3), %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>%1: %n problem; nothing was changed.</numerusform>
            <numerusform>%1: %n problems; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: cannot read its password from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write our data map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s key (default: the first dataset&apos;s fides_key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s name (default: the first dataset&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose of processing (repeatable); Fides datasets carry none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite the output file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fides dataset YAML files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datamap import-fides needs at least one Fides dataset file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: required (the data map file to write).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: %1 exists; nothing was written (use --force to replace it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried over, or needing a decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it with: lethe-cli datamap validate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (datasets: %2, tables: %3, fields: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for this request&apos;s subject, and record the preview in its audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email to search for (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number to search for (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user id to search for (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to show per table (default 20); counts are always complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows: &quot;%1&quot; must be between 0 and 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identities: give --request, or at least one --email, --phone or --user-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s)</source>
        <translation>
            <numerusform>%1 (%2): %n row</numerusform>
            <numerusform>%1 (%2): %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite:PATH, postgres://USER@HOST:PORT/DB or mariadb://USER@HOST:PORT/DB (no password in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain key that holds the database password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the draft data map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values sampled per text column (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s key (default: from the database name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample: &quot;%1&quot; must be between 0 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the draft %1. Review it, then: lethe-cli datamap validate %1 --live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the product databases go: sqlite (files in the workspace, the default), postgres or mariadb (with --connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server for postgres or mariadb: ENGINE://USER@HOST:PORT[/PREFIX]; each product gets its own database, named PREFIX_product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain key that holds the server password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the product tables first when they already exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale: &quot;%1&quot; must be between 1 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--engine: &quot;%1&quot; must be sqlite, postgres or mariadb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connection: required with --engine %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connection: the URL is for %1, but --engine says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s) in %2</source>
        <translation>
            <numerusform>  %1: %n row in %2</numerusform>
            <numerusform>  %1: %n rows in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A data map of a system to search (repeatable). Default: every map in the workspace&apos;s datamaps folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the five demo product databases: 1 is about 150,000 rows in all, and rows grow in proportion (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the databases only, not the processors&apos; APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual task: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n manual task(s) added to %1 (lethe-cli tasks list --request %1).</source>
        <translation>
            <numerusform>%n manual task added to %1 (lethe-cli tasks list --request %1).</numerusform>
            <numerusform>%n manual tasks added to %1 (lethe-cli tasks list --request %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>A connector definition (YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connectors validate needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a valid connector for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector definition&apos;s key (connectors list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another base URL than the definition&apos;s (a region, the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection parameter (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret (API key or token) from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>var</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a connection with the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s key, e.g. leadsgen-stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections add needs exactly one KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param: &quot;%1&quot; must be NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret: give --secret-stdin or --secret-env VAR (never on the command line, where other users can see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; exists; give --replace to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 (%2) added; its secret is in the keychain as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections. Add one with: lethe-cli connections add KEY --connector C --secret-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections test needs exactly one KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection &quot;%1&quot; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to remove, with its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections remove needs exactly one KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lethe-cli: the connection is gone, but its secret could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 removed, with its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email to look up (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number to look up (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user id to look up (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to show per lookup (default 20); counts are always complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections to look up at (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identities: give at least one --email, --phone or --user-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; uses the connector &quot;%2&quot;, which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n record(s), %3 call(s) in %4 ms</source>
        <translation>
            <numerusform>%1 (%2): %n record, %3 call(s) in %4 ms</numerusform>
            <numerusform>%1 (%2): %n records, %3 call(s) in %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The ports file a running lethe-sandbox wrote (--ports-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ports-file: cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build carries no sandbox connection template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n processor connection(s) now point at the sandbox.</source>
        <translation>
            <numerusform>%n processor connection now points at the sandbox.</numerusform>
            <numerusform>%n processor connections now point at the sandbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks list needs --request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manual tasks. A preview of the request adds those its data maps name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, and the answer received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file that proves it (copied into the workspace, with its SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s number (tasks list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks complete needs a TASK number and --request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK: &quot;%1&quot; is not a task number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 (%2) done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erasable from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erasable from %1 to %2, row by row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the plan: what will be erased, kept and why, with its digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the plan with --digest (a second officer, under four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plan with --digest, if the data has not changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume an erasure that was stopped or killed (--run-id, or the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the request&apos;s erasure reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s digest, as --plan printed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure run to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include rows and records found from a phone number alone (a shared line would include colleagues: check the preview first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase needs exactly one of --plan, --approve, --run, --resume or --report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-size: &quot;%1&quot; must be between 1 and 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase --%1 needs --request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase --%1 needs --digest: the digest --plan printed, so what runs is what was shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: %2, plan %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: plan %2 approved by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: erased. %2 rows deleted, %3 updated, %4 kept; processors: %5 done, %6 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No erasure is waiting to be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n erasures are waiting; choose one with --run-id.</source>
        <translation>
            <numerusform>%n erasure is waiting; choose one with --run-id.</numerusform>
            <numerusform>%n erasures are waiting; choose one with --run-id.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasure plan for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>first null %1.%2.%3 in %n row(s) (breaks a cycle)</source>
        <translation>
            <numerusform>first null %1.%2.%3 in %n row (breaks a cycle)</numerusform>
            <numerusform>first null %1.%2.%3 in %n rows (breaks a cycle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n row(s)</source>
        <translation>
            <numerusform>delete %n row</numerusform>
            <numerusform>delete %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>update %n row(s): %1</source>
        <translation>
            <numerusform>update %n row: %1</numerusform>
            <numerusform>update %n rows: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>keep %n row(s): </source>
        <translation>
            <numerusform>keep %n row: </numerusform>
            <numerusform>keep %n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) (%2)</source>
        <translation>
            <numerusform>%1: %n record (%2)</numerusform>
            <numerusform>%1: %n records (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left alone: %n record(s) found from a phone number alone</source>
        <translation>
            <numerusform>left alone: %n record found from a phone number alone</numerusform>
            <numerusform>left alone: %n records found from a phone number alone</numerusform>
        </translation>
    </message>
    <message>
        <source>the processor keeps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals: delete %1 rows, update %2, keep %3, %4 processor records, %5 manual tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) or record(s) were found from a phone number alone and are left alone; check them in the preview, then plan with --confirm-phone-matches to include them.</source>
        <translation>
            <numerusform>%n row or record was found from a phone number alone and is left alone; check it in the preview, then plan with --confirm-phone-matches to include it.</numerusform>
            <numerusform>%n rows or records were found from a phone number alone and are left alone; check them in the preview, then plan with --confirm-phone-matches to include them.</numerusform>
        </translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer, support or reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users add needs exactly one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: &quot;%1&quot; is not one of officer, support, reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users listed: whoever opens the workspace is an officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users remove needs exactly one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a second officer must approve each erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace four-eyes needs on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has the role &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 has no signing key yet; the first export makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access or portability request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The databases only, not the processors&apos; APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --request and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows in %3 tables, signed by key %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lethe workspace %1 public key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minisign public key file to trust instead of the workspace&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key: cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to extract into (new or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle %1 needs exactly one bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle extract needs --to FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 (%2, %3), made %4 by %5: %6 rows in %7 tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --recipient or --recipients-file: age allows a passphrase only on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with age, to the passphrase on the first line of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with age, to this public key; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with age, to the public keys in this file (one a line, # comments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted (age) bundle&apos;s passphrase: the first line of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted (age) bundle&apos;s identity file (age-keygen&apos;s AGE-SECRET-KEY-1... lines); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle to write (a .zip, or .zip.age when encrypted; it must not exist yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with age to the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Encrypted with age to %n recipient(s).</source>
        <translation>
            <numerusform>Encrypted with age to %n recipient.</numerusform>
            <numerusform>Encrypted with age to %n recipients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file listing what to withhold: objects with scope (row, cell, text, anywhere), file, row (from 1), column, text and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new bundle (it must not exist yet); the original is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle redact needs one bundle, --redactions FILE and --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redactions: cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 redactions applied (%3 cells), signed by key %4. The original is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deadlines as of this date (YYYY-MM-DD). Only for requests list and requests show: plans, retention and the audit log always use the system clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today only changes how deadlines are shown (requests list, requests show); &quot;%1&quot; uses the system clock, because its plans, retention dates and audit events must follow the real date. Run it without --today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code 8: incomplete; the command ran, but part of it failed (preview: the search in a table), and the output says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today DATE shows deadlines as of DATE in requests list and requests show only; every other command refuses it (exit 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check that every table and column exists in the live databases and that every erasure strategy fits its column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preview is incomplete: the search failed in %1 (the error is given with each table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s public key could not be read, so no verdict can say &quot;trusted&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract even a bundle that is not trusted (unknown key, unsigned, or tampered), to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: %1 exists and is not an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: cannot make a folder in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: cannot move the files into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was extracted: %1 Give --force to extract it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-seal a bundle not signed by a trusted key (unknown key or unsigned); the new bundle says what the original&apos;s verdict was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted original&apos;s new bundle unencrypted (by default it stays encrypted, to the same passphrase or keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decrypt writes the new bundle unencrypted; it cannot be combined with an encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The original is encrypted, so the new bundle stays encrypted; give --decrypt to write it unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per transaction (default 1000), for --run; a resumed run keeps the layout it started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase --resume takes no --batch-size: a run resumes with the batch layout stored when it started, so every journal line means the same rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: every planned row is gone or holds its erased values, every table affected exactly the planned rows, and a new search finds nothing but the rows the plan keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n near match(es), not the subject&apos;s (not erased)</source>
        <translation>
            <numerusform>%1: %n near match, not the subject&apos;s (not erased)</numerusform>
            <numerusform>%1: %n near matches, not the subject&apos;s (not erased)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n related row(s): the subject&apos;s rows point at them; not the subject&apos;s own, left as they are</source>
        <translation>
            <numerusform>%n related row: the subject&apos;s rows point at it; not the subject&apos;s own, left as it is</numerusform>
            <numerusform>%n related rows: the subject&apos;s rows point at them; not the subject&apos;s own, left as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shared with %n other row(s)</source>
        <translation>
            <numerusform>shared with %n other row</numerusform>
            <numerusform>shared with %n other rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: reached through one of the subject&apos;s rows, but they also point at a row that is not the subject&apos;s</source>
        <translation>
            <numerusform>%n row left out: reached through one of the subject&apos;s rows, but it also points at a row that is not the subject&apos;s</numerusform>
            <numerusform>%n rows left out: reached through one of the subject&apos;s rows, but they also point at a row that is not the subject&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n held about other people)</source>
        <translation>
            <numerusform>(%n held about other people)</numerusform>
            <numerusform>(%n held about other people)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include rows held in the subject&apos;s account about other people (their leads or contacts, messages sent to them), which an access bundle leaves out (GDPR Art. 15(4)). Needs --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why data about other people is included; kept in the bundle and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--include-others needs --reason: why other people&apos;s data goes into this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) held in the subject&apos;s account about other people were left out (GDPR Art. 15(4)); --include-others --reason &quot;...&quot; includes them.</source>
        <translation>
            <numerusform>%n row held in the subject&apos;s account about other people was left out (GDPR Art. 15(4)); --include-others --reason &quot;...&quot; includes it.</numerusform>
            <numerusform>%n rows held in the subject&apos;s account about other people were left out (GDPR Art. 15(4)); --include-others --reason &quot;...&quot; includes them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The controller&apos;s (the company&apos;s) legal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the subject reaches the controller: postal address, email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach the data protection officer, if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GDPR supervisory authority named in reports (the ICO is named for the UK GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the subject complains to that authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: at most 1000 characters, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country a phone number typed without its country code belongs to (ISO 3166, such as DE, GB or US); none: only international numbers (+44 ...) are accepted. Without an argument: shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace phone-region takes one region, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (international numbers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s) of personal data with no erasure strategy: an erasure keeps their rows.</source>
        <translation>
            <numerusform>%1: %n table of personal data with no erasure strategy: an erasure keeps its rows.</numerusform>
            <numerusform>%1: %n tables of personal data with no erasure strategy: an erasure keeps their rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>WARNING: %n table(s) keep the subject&apos;s rows because the data map gives them no erasure strategy; set one (erasure: on fields, or erase: rows) and plan again.</source>
        <translation>
            <numerusform>WARNING: %n table keeps the subject&apos;s rows because the data map gives it no erasure strategy; set one (erasure: on fields, or erase: rows) and plan again.</numerusform>
            <numerusform>WARNING: %n tables keep the subject&apos;s rows because the data map gives them no erasure strategy; set one (erasure: on fields, or erase: rows) and plan again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n related: rows the subject&apos;s rows point at that nothing staying points at</source>
        <translation>
            <numerusform>%n related: a row the subject&apos;s rows point at that nothing staying points at</numerusform>
            <numerusform>%n related: rows the subject&apos;s rows point at that nothing staying points at</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock:     running again from %1, when the answer arrived (UK GDPR Art. 12A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekends only (no &quot;established in&quot; set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this request&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock:     running again from %1, when the answer arrived (workspace rule: restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied:    %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason code recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In part:   withheld %1, because %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting:   for the subject&apos;s clarification; then back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee:       %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law&apos;s type. GDPR and UK GDPR: %1. CCPA: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar of where the controller is established for this request (GDPR, UK GDPR), overriding the workspace&apos;s; see calendars list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request&apos;s holiday calendar (see calendars list); none: the workspace&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exemption relied on (with --code exemption).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed in part: what was withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed in part: why it was withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount charged, such as 25 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency code, such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests fee needs exactly one request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason: required (one of %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar year (default: this year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests under this regulation (CCPA 7102 allows all requests or Californians&apos; only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180): the 7102 table, the months, the days to respond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report metrics takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) with a type, regulation or status this version does not know are left out.</source>
        <translation>
            <numerusform>%n request with a type, regulation or status this version does not know is left out.</numerusform>
            <numerusform>%n requests with a type, regulation or status this version does not know are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the controller is established: the holiday calendar GDPR and UK GDPR deadlines roll over (calendars list shows the ids, such as DE-BY or GB-SCT); none: GDPR weekends only, UK GDPR England and Wales. CCPA always counts California&apos;s business days. Without an argument: shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace established-in takes one calendar, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (GDPR: weekends only; UK GDPR: England and Wales; CCPA: California)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What asking an EU GDPR subject for identity or clarification does to the month: pause (the days waited are added; the default) or restart (the month begins when the answer arrives, as UK GDPR Art. 12A). UK GDPR always restarts; CCPA never stops. Without an argument: shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace gdpr-clock takes pause or restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gdpr-clock: &quot;%1&quot; is not pause or restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year to list (default: this year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar id, e.g. DE-BY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendars show needs exactly one calendar id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calendar &quot;%1&quot;; calendars list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year: a year from 1900 to 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code, required to deny: %1. %2 is for CCPA opt-out and limit-sensitive requests only, which cannot be denied as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests take-next takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open request is waiting for someone to take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes the request over (a workspace user or database login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why; kept as a note on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it as an escalation (support lead to officer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests assign needs one request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix of the three group roles (PREFIX_officer, PREFIX_support, PREFIX_reviewer); default lethe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database login that works as an officer (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database login that works as support (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database login that works as a reviewer (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace setup-team takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login %1 is given twice; each person has one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch FILE [--json] runs the commands in FILE (- for standard input), one a line, in one process; with --json it prints one line of JSON per command with its exit code and output. --workspace applies to every line that names none. Exit code 8 if any command failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check that the log still holds this head, as audit export-head wrote it (kept outside the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--witness: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head at event %1 is signed by %2 with their registered officer key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log still holds the witnessed head at event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the head to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit head at event %1 written, unsigned: nobody has an officer key in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit head at event %1, signed by %2, written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the officer key of %1 (%2) is registered in this workspace but not in this keychain: what you do now is not signed, and approving needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your officer key in your keychain if it has none, and register its public key in the workspace (replacing one registered before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer keys are registered; lethe-cli workspace officer-key --create makes yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands, one a line, as on the command line without &quot;lethe-cli&quot; (quotes as in a shell; lines starting with # are skipped); - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch needs one file of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the commands in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a batch cannot run another batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lethe-cli: %n command(s) of the batch failed.</source>
        <translation>
            <numerusform>lethe-cli: %n command of the batch failed.</numerusform>
            <numerusform>lethe-cli: %n commands of the batch failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the request only if it is still at this version (from requests show); another desk&apos;s change since then refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--if-version: &quot;%1&quot; is not a version (a whole number from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue&apos;s free-text search has no index: the extension pg_trgm is not installed on the server or this login may not create it. Search works, more slowly; a superuser can run &quot;CREATE EXTENSION pg_trgm&quot; in the workspace&apos;s database and setup-team again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 held since a lost connection is still held (%2): whether it was recorded is read when the workspace is next opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the bundle of %2, held since a lost connection and settled now; it is not %3&apos;s. Choose another file for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the bundle of an export of %2 whose record met a lost connection, held by another Lethe still running (process %3), which settles it once its connection is back. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a bundle whose record met a lost connection, and nothing on this computer says which export it is, so Lethe cannot tell whether the audit log recorded it. Nothing was written. Look for its export in `lethe-cli audit log --request` (export.write), check it with `lethe-cli bundle verify`, then remove it or move it to its name yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Whether the audit log recorded it is not known, so the bundle is kept as %2, not at its name. Run the same command again once the connection is back: it is then recorded once (or found recorded) and moved to %3, never recorded twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store every out-of-date place again, a batch of 5,000 requests at a time, each its own transaction; Ctrl+C stops after the batch being stored and keeps what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests&apos; places in the urgency order stored for the queue (days left, due date): how many are out of date (computed with other calendars or deadline settings, by another Lethe, or never), and with --store stores them again. Until every one is current, the queue sorted by urgency is read whole rather than a page at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace due-keys takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login may not store the requests&apos; deadlines (it needs UPDATE on requests.due_key and requests.due_digest: an officer or support login, workspace setup-team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 were stored; the rest are stored when this is run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n request(s) hold their current place in the urgency order.</source>
        <translation>
            <numerusform>The request holds its current place in the urgency order.</numerusform>
            <numerusform>All %n requests hold their current place in the urgency order.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 requests hold an out-of-date place in the urgency order: the queue sorted by urgency is read whole until they are stored again (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace due-keys --store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by an officer or support login; this one may not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lethe-cli COMMAND [SUBCOMMAND] [options] [--json] [--workspace NAME|PATH]

Commands:
  workspace init NAME [--engine postgres --host H --port P --database D --user U --password-key K]
  workspace list
  workspace set [--controller-name N] [--controller-contact C] [--dpo-contact C] [--authority-name N] [--authority-url URL]
  requests add --type T --regulation R --received YYYY-MM-DD --email E [--phone P] [--user-id U] [--name N] [--product P] [--assignee A] [--established-in CALENDAR]
  requests list [--status S] [--type T] [--regulation R] [--assignee A] [--search TEXT] [--open] [--overdue]
  requests show ID
  requests update ID [--type T] [--regulation R] [--received D] [--assignee A] [--name N] [--product P ...] [--add-identity KIND:VALUE] [--remove-identity KIND:VALUE] [--established-in CALENDAR|none]
  requests transition ID STATUS [--reason TEXT] [--code C [--exemption TEXT]] [--withheld TEXT --withheld-reason TEXT]
  requests fee ID --amount A --currency C --reason unfounded-or-excessive|further-copies
  requests extend ID --reason TEXT
  requests note ID TEXT
  requests take-next
  requests assign ID --to NAME --reason TEXT [--escalate]
  audit log [--request ID] [--limit N]
  audit verify [--witness FILE]
  audit export-head [--out FILE]
  report metrics [--year YYYY] [--regulation R] [--json | --csv]
  demo init [--count N] [--scale N] [--engine sqlite|postgres|mariadb --connection URL [--password-key K] [--replace]]
  demo sandbox --ports-file FILE
  datamap validate FILE [--live]
  datamap import-fides FILE... --out MAP [--system-key K] [--name N] [--purpose P ...] [--force]
  datamap discover --connection URL --out MAP [--password-key K] [--sample N] [--system-key K] [--force]
  preview [--map MAP ...] (--request ID | --email E | --phone P | --user-id U) [--rows N] [--no-processors]
  connectors list
  connectors validate FILE
  connections add KEY --connector C [--base-url URL] [--param NAME=VALUE ...] (--secret-stdin | --secret-env VAR)
  connections list
  connections test KEY
  connections remove KEY
  processors lookup KEY... (--email E | --phone P | --user-id U)
  tasks list --request ID
  tasks complete TASK --request ID (--note TEXT | --evidence FILE)...
  erase --request ID --plan [--confirm-phone-matches]
  erase --request ID --approve --digest SHA256
  erase --request ID --run --digest SHA256 [--confirm-phone-matches] [--batch-size N]
  erase --resume [--run-id N] | erase --request ID --report
  users add NAME --role officer|support|reviewer | users list | users remove NAME
  workspace four-eyes on|off
  workspace phone-region [REGION|none]
  workspace established-in [CALENDAR|none]
  workspace gdpr-clock [pause|restart]
  workspace due-keys [--store]
  workspace sort-keys [--store]
  workspace setup-team [--officer LOGIN]... [--support LOGIN]... [--reviewer LOGIN]... [--prefix P] [--apply]
  workspace officer-key [--create]
  calendars list | calendars show CALENDAR [--year YYYY]
  export --request ID --out FILE.zip [--no-processors]
  export --request ID --out FILE.zip.age [--no-processors] (--passphrase-file F | (--recipient age1... | --recipients-file F)...)
  keys export-public
  bundle verify|info FILE [--key PUBLIC_KEY] [--passphrase-file F | --identity FILE...]
  bundle extract FILE --to FOLDER [--key PUBLIC_KEY] [--passphrase-file F | --identity FILE...]
  bundle redact FILE --redactions FILE.json --out NEW.zip[.age] [--key PUBLIC_KEY]
      [--passphrase-file F | --identity FILE...]
      [--encrypt-passphrase-file F | (--recipient age1... | --recipients-file F)...]

Each command takes --help. Exit codes: 0 success, 1 usage, 2 invalid input, 3 not found, 4 refused, 5 storage or keychain failure, 6 audit chain broken, 7 workspace too new.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store every missing place, a batch of 5,000 requests at a time, each its own transaction; Ctrl+C stops after the batch being stored and keeps what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests&apos; places by subject and by assignee stored for the queue: how many requests lack them (written before this Lethe stored them, or by SQL), and with --store stores them. Until every request has them, the queue sorted by subject or assignee is read whole rather than a page at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace sort-keys takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login may not store the requests&apos; places by subject and assignee (it needs UPDATE on requests.subject_key and requests.assignee_key: an officer or support login, workspace setup-team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request holds its place by subject and assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests lack their place by subject and assignee: the queue sorted by either is read whole until they are stored (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace sort-keys --store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the statements on the workspace&apos;s PostgreSQL database as its configured login (the owner of its tables, allowed to create roles), in one transaction, then build the search&apos;s indexes without blocking writes. Without it they are printed for psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying %n statement(s) in one transaction; Ctrl+C rolls them all back.</source>
        <translation>
            <numerusform>Applying %n statement in one transaction; Ctrl+C rolls it back.</numerusform>
            <numerusform>Applying %n statements in one transaction; Ctrl+C rolls them all back.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a team workspace now. Building the search&apos;s indexes next, without making anyone&apos;s writes wait: on a large workspace this takes minutes (several at a million requests). Ctrl+C stops it; the team setup stays, and setup-team --apply again builds what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index step %1 of %2: %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index step %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied %n statement(s) and built the search&apos;s indexes: this is a team workspace now.</source>
        <translation>
            <numerusform>Applied %n statement and built the search&apos;s indexes: this is a team workspace now.</numerusform>
            <numerusform>Applied %n statements and built the search&apos;s indexes: this is a team workspace now.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index build waits for the open transaction of session %1 (%2) to end; nobody&apos;s writes wait meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index build waits for the transaction session %1 (%2) has had open since %3 UTC to end; nobody&apos;s writes wait meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::CompleteTaskDialog</name>
    <message>
        <source>Complete manual task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, and the answer received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a confirmation, a screenshot (copied into the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was done, or choose an evidence file (or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than 20,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: there is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Evidence File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ConnectionForm</name>
    <message>
        <source>Edit Processor Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Processor Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. leadsgen-stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits, - and _, starting with a letter. Data maps name the connection by this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the processor&apos;s own address; give another for a region or the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Processor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Kept only in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept only in the keychain, never in connections.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This processor needs no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection with the key &quot;%1&quot; exists already: edit it, or choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is empty: paste the processor&apos;s API key or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ConnectionsDialog</name>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not testable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s accounts at processors. Secrets are kept only in the keychain; %1 holds the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One authenticated read at the processor (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection and its secret (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some connector definitions were left out:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connector definitions are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor&apos;s own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections yet. Add one for each account the workspace&apos;s data maps name as a processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: testing… You can cancel the test or close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not tested yet. Test makes one authenticated read at the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 saved; its secret is in the keychain as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection &lt;b&gt;%1&lt;/b&gt; from this workspace and its secret from the keychain? Data maps that name it will report it missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection &quot;%1&quot; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 removed, with its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection %1 is gone, but its secret could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ConnectorLoader</name>
    <message>
        <source>&quot;%1&quot; in %2 must be a whole number from %3 to %4, not &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a duration such as 500ms, 20s, 10m or 1h, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must list HTTP statuses (100 to 599), not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;key&quot; in %1 must be lower-case letters, digits, - and _, starting with a letter, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown identity kind &quot;%1&quot; in %2 (expected one of: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot; in %2 (expected one of: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the parameter &quot;%2&quot;, which &quot;connection.parameters&quot; does not declare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses &quot;{%2}&quot;: expected {identity}, {secret}, {page}, {param.NAME} or a field of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier lookup (none here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;method&quot; in %1 must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;path&quot; in %1 must start with /, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; of %3 must be a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has both &quot;body&quot; and &quot;form&quot;; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends a form body with %2; use query parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pages&quot; of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page style &quot;%1&quot; in %2 (expected one of: cursor, token, next_url, link, offset, page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;size&quot;, the page size the request asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has both &quot;identity&quot; and &quot;after&quot;; a lookup starts from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follows &quot;%2&quot;, which is not a lookup declared before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;identity&quot; (email, phone, user-id) or &quot;after&quot; (an earlier lookup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;request&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;match&quot; of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;as&quot; in %1 must be text, email or phone, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches against the identity, so the lookup needs &quot;identity&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;skip&quot; of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skips by a parent&apos;s field, so the lookup needs &quot;after&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes into &quot;%2&quot;, which is not an earlier lookup with its own fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes into &quot;%2&quot; and takes its fields; leave &quot;fields&quot; out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fields&quot; of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown data category &quot;%1&quot; for field &quot;%2&quot; in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; in %2 needs at least one category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;fields&quot;: the record&apos;s fields and their data categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follows &quot;%2&quot;, which declares no &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one of &quot;for&quot; (a lookup), &quot;after&quot; (an earlier step) or &quot;identity&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for &quot;%2&quot;, which is not a lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes after &quot;%2&quot;, which is not an earlier erasure step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes after &quot;%2&quot;, which starts no job (it has no &quot;job&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;effect&quot; in %1 must be one of deleted, archived, redacted, job, masked, blocked, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;poll&quot; of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 polls a job, so it needs &quot;job&quot;: where the response holds the job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;done&quot;: the statuses that mean the job finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connector definition must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program reads connector format 1, not &quot;%1&quot;; a newer Lethe may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;processor&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition needs &quot;processor&quot; with its key and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;connection&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;base_url&quot; must start with https://, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;parameters&quot; in %1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter name &quot;%1&quot; must be lower-case letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition needs &quot;connection&quot; with its base_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;auth&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; in %1 must be bearer, basic, header, query or none, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition needs &quot;auth&quot; (bearer, basic, header, query or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;headers&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;limits&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;errors&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;test&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup &quot;%1&quot; is declared twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lookups&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names both an erasure step and another step or lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;erasure&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition declares neither lookups nor erasure steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not an HTTP header name (letters, digits and -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; in %2 must be a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; in %2 must be one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is given twice in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;headers&quot; in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;extract&quot; in %1 is not a valid regular expression: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;extract&quot; in %1 needs a group, (...), around where the identity is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;fields&quot;: the record&apos;s fields that hold the identity (or &quot;trusted&quot;: why the processor&apos;s own filter is exact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has both &quot;fields&quot; and &quot;trusted&quot;; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;as: %1&quot; in %2 does not fit the lookup&apos;s identity &quot;%3&quot;; leave it out (identities are compared by their kind&apos;s rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks up by %2 and needs &quot;match&quot;: the record&apos;s fields that hold the identity, compared exactly on Lethe&apos;s side (docs/connectors.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;headers&quot; of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;idempotency_header&quot; must be an HTTP header name (letters, digits and -), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::CredentialStore</name>
    <message>
        <source>The keychain holds no secret named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (is a Secret Service such as GNOME Keyring or KWallet running?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::DataMapAdvice</name>
    <message>
        <source>table &quot;%1&quot; of source &quot;%2&quot; holds personal data (%3) but the map erases nothing in it: every field is kept and no row is deleted, so an erasure keeps all of its rows. Give its fields an erasure strategy or set &quot;erase: rows&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::DataMapLive</name>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; of table &quot;%2&quot; does not exist (the table has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist in schema &quot;%2&quot; of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table of that name is in %1: name it with &quot;schema&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is a partition of &quot;%2&quot;, which the map also lists: a query of &quot;%2&quot; reads its rows too, so they would be counted and erased twice. Remove &quot;%1&quot; from the map; &quot;%2&quot; covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; inherits from &quot;%2&quot;, which the map also lists: a query of &quot;%2&quot; reads its rows too, so they would be counted and erased twice. Remove &quot;%1&quot; from the map; &quot;%2&quot; covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references %2, but the database&apos;s foreign key points the other way (%2 → %1): a reference is written on the column that holds the other row&apos;s key. Remove it here and write &quot;references: %1&quot; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references %2, which is neither a primary key nor unique in the database: likely a reversed reference (orders.customer_id references customer.id, not the other way). If %2 holds %1&apos;s values, remove it here and write &quot;references: %1&quot; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::DataMapLoader</name>
    <message>
        <source>%1 &quot;%2&quot; contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is longer than 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system.art15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one purpose: the subject must be told why their data is processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;recipients&quot; in %1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;transfers&quot; in %1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system key &quot;%1&quot; must be lower-case letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system needs &quot;art15&quot;: the facts an access answer must state (purposes, recipients, retention, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system needs &quot;identities&quot;: the kinds of identity it can be searched by (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown identity kind &quot;%1&quot; (expected one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity kind &quot;%1&quot; is declared but no field holds it (mark a field with identity: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a password must not be written in the map; store it in the keychain and name it with password_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown engine &quot;%1&quot; (expected sqlite, postgres or mariadb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;tables&quot;: a list of the tables that hold personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is declared twice in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table needs &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;primary_key&quot; (a column, or a list for a composite key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;erase&quot; in %1 must be rows or fields, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;fields&quot;: the columns that hold personal data or lead to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is declared twice in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary key &quot;%1&quot; of %2 is not one of its fields; declare it under fields (categories: [system.operations] if it is not personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary key &quot;%1&quot; of %2 cannot be nulled or rewritten; erase the row instead (erasure: delete_row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;retention&quot; in %1 must be a list of rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; in %2 needs its categories: write it as {name: %1, categories: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;categories&quot; (e.g. user.contact.email, or system.operations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown data category &quot;%1&quot; in %2 (fideslang-style, e.g. user.contact.email; see docs/datamap.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;normalized&quot; must be true or false, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;references&quot; in %1 must be table.field or {table: ..., field: ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references table &quot;%2&quot;, which this source does not declare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references &quot;%2.%3&quot;, but table &quot;%2&quot; has no field &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure of %1: write {fixed: &quot;text&quot;} for a fixed replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown erasure strategy &quot;%1&quot; in %2 (expected keep, null, hmac, delete_row or {fixed: &quot;text&quot;}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure of %1 must be a strategy name or {fixed: &quot;text&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a retention rule of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep_for &quot;%1&quot; is not a period (write e.g. 7y, 24m or 90d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;when&quot; of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;when&quot; of %1 needs equals: value or in: [values].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses field &quot;%2&quot;, which the table does not declare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data map must be a YAML mapping with lethe_datamap, system and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Lethe reads version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data map needs &quot;system&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data map needs &quot;sources&quot;: the databases of this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is declared twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 16 MB; a data map is a short text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient &quot;%1&quot; has both &quot;connection&quot; (reached through its API) and &quot;manual&quot; (a task for a person); choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;columns&quot; and &quot;to&quot;: lists of the same length, paired by position (columns: [node_id, version], table: nodes, to: [id, version]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names column &quot;%2&quot;, which is not one of the table&apos;s fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points at table &quot;%2&quot;, which this source does not declare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points at &quot;%2.%3&quot;, but table &quot;%2&quot; has no field &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;references&quot; in %1 must be a list of {columns: [...], table: ..., to: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;about&quot; in %1 must be subject or others, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;follow&quot; must be true or false, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schema&quot; (%1): SQLite has no schemas (Lethe does not read ATTACHed databases); remove it, or describe the other database file as a source of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema &quot;%1&quot; is not a usable schema name (1-63 characters, no control characters, no leading or trailing spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is declared twice in %2, in schemas &quot;%3&quot; and &quot;%4&quot;: a source names each table once; describe the second one in a source of its own (same connection, its own schema).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::DeadlineSettingsDialog</name>
    <message>
        <source>Deadline settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (GDPR: weekends only; UK GDPR: England and Wales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause: the days waited are added to the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart: the month begins when the answer arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Established in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU GDPR &amp;clock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A due date on a weekend or a public holiday of this calendar moves to the next working day. A request can choose its own calendar. CCPA business days are always California&apos;s. UK GDPR always restarts the month (Art. 12A); CCPA&apos;s 45 days never stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::Deadlines</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 (a weekend) to %2, the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 to %2 over %3 (calendar %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::DemoData</name>
    <message>
        <source>Demo step for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::DemoGenerator</name>
    <message>
        <source>&quot;{&quot; at character %1 is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (expected one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} needs two whole numbers, the lower first: {%2:FROM:TO}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spec must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lethe_demo: 1&quot; is required (the spec format version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be lower-case letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account_share: &quot;%1&quot; must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tables&quot; must list at least one table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table name &quot;%1&quot; is missing or not a valid identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is declared twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows: per &quot;%1&quot; must name a table declared above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows: count must be N or [MIN, MAX] with 0 &lt;= MIN &lt;= MAX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows: expected &quot;accounts&quot; or {per: TABLE, count: [MIN, MAX]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person: &quot;%1&quot; must be parent or lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; needs columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column name &quot;%1&quot; is missing or not a valid identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is declared twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: type &quot;%2&quot; is not one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: {parent.%2} needs rows: {per: TABLE}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: table &quot;%2&quot; has no column &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null_share: &quot;%1&quot; must be a share between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: long_text cannot be indexed; use text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references: &quot;%1&quot; must name TABLE.COLUMN of a table declared above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on_delete: &quot;%1&quot; must be cascade, set null or restrict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; needs a primary_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary_key: &quot;%1&quot; is not a column of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot prepare the insert: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: insert failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo data was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: commit failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::DemoProducts</name>
    <message>
        <source>%1: a demo product needs generate.yaml and datamap.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no demo products found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::DraftReviewDialog</name>
    <message>
        <source>Discover Data Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Database to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite:/path/to/file.db or postgres://user@host:5432/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain key of the password (servers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: from the database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values sampled per column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Review what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing discovered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only columns that look like personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. What discovery cannot know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One purpose per line, as the privacy policy states them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schema and sampling values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) read; </source>
        <translation>
            <numerusform>%n column read; </numerusform>
            <numerusform>%n columns read; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look like personal data.</source>
        <translation>
            <numerusform>%n looks like personal data.</numerusform>
            <numerusform>%n look like personal data.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Data Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data maps (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1: a valid data map. Put it in a workspace&apos;s datamaps folder to search it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1, but it is not yet a valid data map (%n problem(s)):</source>
        <translation>
            <numerusform>Saved %1, but it is not yet a valid data map (%n problem):</numerusform>
            <numerusform>Saved %1, but it is not yet a valid data map (%n problems):</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click Categories (comma-separated, e.g. user.contact.email), Identity (email, phone, user-id, or empty) or Erasure (keep, null, hmac, delete_row, or fixed: text) to correct them; hover over Evidence for the reasons. The erasure proposed for each column comes from its category and is saved as shown: accept or change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::DraftReviewModel</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::DueKeys</name>
    <message>
        <source>Reading clock stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the request&apos;s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the request&apos;s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the stored deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who may store deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the requests whose deadline is out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the requests&apos; deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the requests whose deadline is out of date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ErasureExecutor</name>
    <message>
        <source>The plan erases in system &quot;%1&quot;, but the workspace has no data map for it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan erases in %1 › %2, which the data map no longer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure was stopped between two batches (%1 of %2 done); resume it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is missing or its secret could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s erasure job %2 (%3) had not finished when Lethe stopped waiting. Check that it finished, then complete this task with the processor&apos;s confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace&apos;s keyed-hash key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot commit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1 › %2.%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure run %1 of %2 was started by an earlier version of Lethe that did not store its batch layout, so it cannot be resumed exactly. Make a new plan (`lethe-cli erase --request %2 --plan`): it covers what is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure run %1 of %2: the stored plan no longer gives the steps the run started with (layout %3, now %4); nothing was done. Make a new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure run %1 of %2: journal line %3 (%4) does not match step %3 of the stored plan; nothing was done. The journal or the plan was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2.%3: %4 of %5 rows still hold a value in %6, which was to be nulled first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows planned, %3 affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows planned for deletion are still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows planned for an update do not hold the erased values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 updated rows still hold the subject&apos;s email address or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a new search finds %2 rows the plan neither erases nor keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure run %1 has a stored layout but no batch size; its record is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ErasureOrder</name>
    <message>
        <source>The tables %1 point at each other and none of these references may be NULL, so no erasure order exists: %2. Make one of the columns nullable, or erase these tables by a rule the database runs (ON DELETE CASCADE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 of source %2 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of at most %1 digits, %2 after the point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time (HH:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time (YYYY-MM-DD HH:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only values Lethe cannot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; the column holds at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lethe cannot check that a %1 column takes &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the column types of source %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure: null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure: hmac (a keyed hash, %1 characters of text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure: {fixed: &quot;%1&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is %3: %4 cannot be written there, because %5. %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use erasure: null, or erase the row (erase: rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column is NOT NULL, so erase the row (erase: rows) or keep the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the table&apos;s primary key, which identifies the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the row instead (erase: rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 point at it through a foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the row (erase: rows) or keep the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is part of a foreign key to %1, which only NULL or an existing key satisfies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a {fixed: &quot;...&quot;} value of its type (%1) or hmac on text, or erase the row (erase: rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is part of a foreign key, so erase the row (erase: rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column holds %1, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use erasure: null, a {fixed: &quot;...&quot;} value of its type, or erase the row (erase: rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a {fixed: &quot;...&quot;} value of its type, or erase the row (erase: rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is UNIQUE, so the second row erased would collide with the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use erasure: null or hmac (distinct values stay distinct), or erase the row (erase: rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use hmac (distinct values stay distinct), or erase the row (erase: rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column holds at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen the column to at least %1 characters, or use erasure: null or a shorter {fixed: &quot;...&quot;} value, or erase the row (erase: rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a fixed value that is %1, erasure: null, or erase the row (erase: rows).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ErasurePlanner</name>
    <message>
        <source>found from a phone number alone; a phone number can be shared (an office line), so a person must confirm these rows are the subject&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan has problems and cannot run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the data changed since the plan %2 was made (it is now %3); make the plan again, check it, and run that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data map erases no field of this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 that stay point at it (%1.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schema of %1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2: cannot connect: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the erasure was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1&apos;s processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the rows of %1 that point at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other rows point at it through %1.%2 → %3, and they stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign key %1.(%2) points at %3.(%4), but the data map does not declare %5 in %3, so the plan cannot tell which rows it protects. Declare the column in the table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 › %2.%3: %n row(s) kept: the data map erases no field of this table</source>
        <translation>
            <numerusform>%1 › %2.%3: %n row kept: the data map erases no field of this table</numerusform>
            <numerusform>%1 › %2.%3: %n rows kept: the data map erases no field of this table</numerusform>
        </translation>
    </message>
    <message>
        <source>related, not the subject&apos;s own: erasing it would need a circle of references broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related, not the subject&apos;s own: rows of %1 that stay point at it (%1.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>related, not the subject&apos;s own: %n row(s) that stay point at it through %1.%2 → %3</source>
        <translation>
            <numerusform>related, not the subject&apos;s own: %n row that stays points at it through %1.%2 → %3</numerusform>
            <numerusform>related, not the subject&apos;s own: %n rows that stay point at it through %1.%2 → %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored erasure plan is damaged (byte %1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored erasure plan is damaged at %1 (byte %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such field in an erasure plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0 to 999999999999999999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a kind of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key list longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys: %1 in the text, %2 counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but the plan holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this erasure&apos;s plan was stored by an earlier Lethe, which did not keep the user ids the databases taught (%2); it cannot be resumed as it was made. Make and approve a new plan: the rows already erased are not found again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored erasure plan is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user ids: %1 in the text, %2 counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an erasure strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given for a strategy that writes no fixed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids: %1 in the text, %2 counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an identity: its kind and value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ErasureRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure&apos;s keyed-hash key is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ErasureService</name>
    <message>
        <source>Erasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stored plan of this erasure does not hash to its digest %2 (it hashes to %3): it was changed after it was made. Nothing was run. Make and approve a new plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ErasureStore</name>
    <message>
        <source>Privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a user of this workspace; an officer adds users with `lethe-cli users add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user: a name of 1 to 120 characters is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: the first user must be you (%2) as an officer, or nobody could manage users afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is the last officer; add another officer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: not a user of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the four-eyes rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a request of type &quot;%2&quot;; only erasure requests are erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: the subject&apos;s identity must be verified before anything is erased (status verified, in progress or awaiting approval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading erasure runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such erasure plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no erasure plan with digest %2; make the plan with `lethe-cli erase --request %1 --plan`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning an erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the erasure plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving an erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan %2 is %3, not waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 made this plan; four eyes means a different officer approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving the erasure plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this workspace requires four eyes; a second officer approves the plan first (`lethe-cli erase --request %1 --approve --digest %2`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan %2 is %3 and cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 approved this plan and cannot also run it under four eyes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the erasure of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan was started by someone else meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming an erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the erasure run %2 is %3; nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the erasure of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the erasure report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the erasure journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the erasure journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the role &quot;%2&quot;; &quot;%3&quot; has the role &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 approved this plan and cannot also run or resume it under four eyes; another officer resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the batch layout of erasure run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the login %2 is in none of this team&apos;s roles; the database administrator adds it with `lethe-cli workspace setup-team`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a team workspace: its users are database logins, and their roles are set by the database administrator (`lethe-cli workspace setup-team --apply`), not from Lethe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of the stored plan of erasure run %2 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of the stored plan of erasure run %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ErasureTree</name>
    <message>
        <source>(erasable from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erasable from %1 to %2, row by row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaced by a keyed hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System / table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows deleted, or records erased at a processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows whose personal fields are overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows and records left in place, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: a kept row refers to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: phone match not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: the map erases nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %1 emptied in %n row(s), to break a cycle of references</source>
        <translation>
            <numerusform>First %1 emptied in %n row, to break a cycle of references</numerusform>
            <numerusform>First %1 emptied in %n rows, to break a cycle of references</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found from a phone number alone (confirmed)</source>
        <translation>
            <numerusform>%n found from a phone number alone (confirmed)</numerusform>
            <numerusform>%n found from a phone number alone (confirmed)</numerusform>
        </translation>
    </message>
    <message>
        <source>only records found from a phone number alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing found at this processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records left alone until the match is confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still there that the plan did not keep</source>
        <translation>
            <numerusform>%n row still there that the plan did not keep</numerusform>
            <numerusform>%n rows still there that the plan did not keep</numerusform>
        </translation>
    </message>
    <message>
        <source>Processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failed</source>
        <translation>
            <numerusform>%1: %n failed</numerusform>
            <numerusform>%1: %n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a person erases what this processor holds (see the request&apos;s manual tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 planned, %2 affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n planned row(s) still there</source>
        <translation>
            <numerusform>%n planned row still there</numerusform>
            <numerusform>%n planned rows still there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without the erased values</source>
        <translation>
            <numerusform>%n row without the erased values</numerusform>
            <numerusform>%n rows without the erased values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still holding the email or phone</source>
        <translation>
            <numerusform>%n row still holding the email or phone</numerusform>
            <numerusform>%n rows still holding the email or phone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n related: the subject&apos;s rows point at them and nothing staying does</source>
        <translation>
            <numerusform>%n related: the subject&apos;s rows point at it and nothing staying does</numerusform>
            <numerusform>%n related: the subject&apos;s rows point at them and nothing staying does</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::ErasureWizard</name>
    <message>
        <source>Rows to delete: %1 · to update: %2 · to keep: %3 · Processor records: %4 · Manual tasks: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Plan for Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop After This Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the plan against the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the plan: every row and record the subject&apos;s identities reach, and what the data maps say to do with each…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include rows found from a &amp;phone number alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared line (an office, a family) reaches other people too: check the preview before including these rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each batch of rows is its own transaction, written to the run&apos;s journal before and after. Stop finishes the current batch; a stopped erasure is resumed from where it stopped, here or from the message shown when the workspace opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming an erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Erasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the data of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no data maps: there is nothing to plan an erasure from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading passwords from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) or record(s) found from a phone number alone are left alone.</source>
        <translation>
            <numerusform>%n row or record found from a phone number alone is left alone.</numerusform>
            <numerusform>%n rows or records found from a phone number alone are left alone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s digest (SHA-256): %1
What runs is checked to be exactly this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan cannot run until these are fixed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this plan (a person must see to them):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This erases the data of &lt;b&gt;%1&lt;/b&gt; (%2) exactly as the plan shows.&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Deleted and overwritten rows cannot be brought back. Rows the plan keeps stay, with their reasons, and are listed in the report.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the subject&apos;s primary identity, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace requires four eyes: a second officer approves this exact plan before it runs. Save the plan for approval; once approved, erase it from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approved this plan, so under four eyes another officer must run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 saved for approval by a second officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing the data of %1 (%2), plan %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the plan against the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the erasure of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the erasure of %1, plan %2, stopped while %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped between two batches. Nothing is half-done: resume to finish the erasure, now or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure stopped: %1
Fix the cause, then resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1 · Updated: %2 · Kept: %3 · Processors: %4 done, %5 failed · Manual tasks: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure finished incomplete: look at the rows and processors marked in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Erasure Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: every planned row is gone or holds its erased values, and a new search finds nothing but the rows the plan keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the tables marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n table(s) keep the subject&apos;s rows because the data map erases nothing in them.</source>
        <translation>
            <numerusform>Warning: %n table keeps the subject&apos;s rows because the data map erases nothing in it.</numerusform>
            <numerusform>Warning: %n tables keep the subject&apos;s rows because the data map erases nothing in them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data map erases nothing in these tables; their rows stay:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve This Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is saved and waits for a second officer&apos;s approval, in Lethe (Request › Approve Erasure Plan…) or with:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made this same plan (digest %2) and saved it for approval. Under four eyes you may approve it as the second officer; an officer other than you then runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 approved. An officer other than you can now run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the workspace was lost during the erasure of %1. Nothing is half-done: every batch is journalled. Resume the erasure once the connection is back; it continues where it stopped (the window offers it when the workspace opens, or: lethe-cli erase --resume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the connection to the workspace was lost. The plan is saved for approval once the connection is back, and never twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased: the connection to the workspace was lost before the erasure started. Erase again once the connection is back; what you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the workspace is lost. Resume the erasure once it is back; it continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 was saved for approval before the connection was lost; it was not saved twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is back. The erasure had started before it was lost: resume it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is back. Nothing was erased yet: press Erase to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is back: resume the erasure to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this plan needs or has a second officer&apos;s approval could not be read: the connection to the workspace was lost. It is read again once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 was approved before the connection was lost; it was not approved twice. An officer other than you can now run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the workspace was lost before the plan&apos;s approval could be read. It is read once the connection is back; what you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::Evidence</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: &quot;%1&quot; is not a request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: %1 is %2 MB; attach at most 50 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: %1 is missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3) for %4: a signed ZIP with every table found as JSON and CSV, and a readable report with the facts of each system. Anyone can check it with sha256sum and minisign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Databases only (do not ask the processors&apos; APIs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file the bundle is written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a bundle is a ZIP file; end its name in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lethe bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ncryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters: a few unrelated words are easy to say and hard to guess. Tell it to the subject another way than the file (by phone, say); they open the bundle with age -d. Lethe does not keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age1…, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject&apos;s age public keys (age-keygen -y prints one), one a line; # starts a comment. Any of their secret keys opens the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys, line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an encrypted bundle&apos;s name must end in .age (for example %1.age).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends in .age, but no encryption is chosen; choose one, or end the name in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase the bundle is encrypted with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has %1 characters; use at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the subject&apos;s age public key (age1…), one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted Lethe bundles (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include data about &amp;other people (contacts, leads, messages to them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows held in the subject&apos;s account about other people are their personal data and are left out of an access copy (GDPR Art. 15(4)). Include them only with a reason; the bundle and the audit log keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why other people&apos;s data goes into this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why data about other people goes into this bundle: the bundle and the audit log keep the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: the connection to the workspace was lost, and nothing was left behind. What you chose is kept here; export again once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported yet: the bundle is written, but the connection to the workspace was lost as the audit log recorded it. It is kept out of place (%1) until the connection is back; then it is recorded, never twice, and moved to its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the export in the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ExportRunner</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s signing key is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed again: the export could not be recorded in the audit log (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is recorded in the audit log but could not be moved from %1 to %2 (a file of that name may be there now): move it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed: the export could not be recorded in the audit log (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written, and the connection to the workspace was lost as the audit log recorded it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 (export %2) held since a lost connection is not settled: both %3 and %4 are there, and Lethe cannot tell which one is its bundle. Nothing was moved or recorded. Keep the right one (lethe-cli bundle verify shows each), remove the other, and open the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 had been recorded in the audit log before the connection was lost, but its bundle is neither at %2 nor at %3 any more: export again if the subject still needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 was not recorded in the audit log, and its bundle is neither at %2 nor at %3 any more: nothing was recorded. Export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 was not recorded in the audit log: the connection was lost before it was, and you had closed its dialog. Its bundle %2 was removed; export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed: the export of %2 could not be recorded in the audit log (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 held since a lost connection had been recorded in the audit log before the connection was lost: its bundle is at %2, recorded once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 held since a lost connection was not recorded in the audit log: it is recorded now, once, and its bundle is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed again: what settles its record should the connection be lost cannot be written down (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ExtendDialog</name>
    <message>
        <source>Extend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more day(s))</source>
        <translation>
            <numerusform>%1 (%n more day)</numerusform>
            <numerusform>%1 (%n more days)</numerusform>
        </translation>
    </message>
    <message>
        <source>The law allows one extension. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already extended once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why more time is needed: the subject must be told before the original deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original deadline has passed: an extension must be notified before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law gives no extension for this request (15 business days).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::FeeDialog</name>
    <message>
        <source>Fee for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR, GBP, USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reasonable fee based on administrative costs: instead of refusing a manifestly unfounded or excessive request (GDPR Art. 12(5)(a)), or for further copies (Art. 15(3)). Recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record fee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::FidesImport</name>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid YAML: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Fides dataset file (expected a top-level &quot;dataset:&quot; list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a dataset has no fides_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dataset %2: &quot;%3&quot; is not carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: fides_meta.%3 is not carried over (Lethe orders erasure from the references itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: collection masking override other than delete is not carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: category &quot;%3&quot; is not one Lethe knows; written as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: nested fields (%3) are folded into %4 with their categories; Lethe treats the column as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no data categories; written as system.operations: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: custom identity &quot;%3&quot; has no Lethe identity kind; the field is kept without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: hash masking becomes keyed HMAC-SHA-256 (a plain hash of an email can be reversed by guessing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: masking strategy &quot;%3&quot; has no Lethe equivalent; the field is kept as it is until you choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: fides_meta.%3 is not needed by Lethe and is not carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 declares no primary key; assumed &quot;id&quot;: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 declares no primary key and has no &quot;id&quot; field: set primary_key before use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: unexpected shape: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datasets found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references %2.%3 in another dataset; references across sources are not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system.art15: Fides datasets hold no purposes, recipients or retention periods; fill them in (validate refuses the map until there is at least one purpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources: Fides datasets hold no connection details; each source is written as SQLite &lt;fides_key&gt;.db: set engine, path or host before use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references %2, which the dataset does not declare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the primary key of its collection and references %2, which is not: written as the foreign key it describes, %2 → %3.%4 (on field %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::HeldItems</name>
    <message>
        <source>What a lost connection left held cannot be read from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a lost connection left held cannot be read from %1: it is damaged (%2). Nothing in it was settled; look at it, then remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::HolidayCalendar</name>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (known: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 code such as DE or DE-BY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, a non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not another calendar&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, a list of the texts the dates come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every source must be a non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, a list of rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each rule must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month and day (MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of days after Easter Sunday (-100 to 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required with weekday, 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weekday rule needs either nth (1 to 5, -1 for the last) or onOrAfter (a day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 5, or -1 for the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day of the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one of date, easter, orthodoxEaster, month+weekday or on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year from 1900 to 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before from (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of years from 1900 to 2200.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::HolidayCalendars</name>
    <message>
        <source>%1: no calendar files (*.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id: &quot;%2&quot; must match the file name (%2.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id: &quot;%2&quot; is used by another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.json: extends: there is no calendar &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.json: extends: &quot;%2&quot; extends another calendar itself; only one level is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known calendar; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in an EU member state; the GDPR deadline needs a member state&apos;s calendar (such as DE, DE-BY, FR or IE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the United Kingdom; the UK GDPR deadline needs GB-EAW, GB-SCT or GB-NIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCPA business days are California&apos;s (11 CCR 7001); a request cannot choose another calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;other&quot; regulation counts calendar days; it has no holiday calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::JsonPull</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the end of the JSON value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name in quotes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member name longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 arrays and objects inside each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number without digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number without digits after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number without digits in its exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \u escape without four hexadecimal digits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid escape in a string: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \u escape of a low surrogate without a high one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \u escape of a high surrogate without a low one after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader stopped inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character (0x%1) in a string: it must be escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no string to read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::MainWindow</name>
    <message>
        <source>Lethe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend Deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lethe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Use File › New Workspace, or File › Open Demo Workspace to try Lethe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lethe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 extended; now due %2. Tell the subject why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log BROKEN at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (letters, digits, dot, dash, underscore):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lethe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lethe %1&lt;/b&gt;&lt;p&gt;A desktop console for data-subject requests: the queue with every legal deadline in view, and a tamper-evident log of who did what.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln request(s)</source>
        <translation>
            <numerusform>Loading… %Ln request</numerusform>
            <numerusform>Loading… %Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln request(s) in %1 ms</source>
        <translation>
            <numerusform>Loaded %Ln request in %1 ms</numerusform>
            <numerusform>Loaded %Ln requests in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln request(s)</source>
        <translation>
            <numerusform>%L1 of %Ln request</numerusform>
            <numerusform>%L1 of %Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %Ln event(s) verified, none altered or missing.</source>
        <translation>
            <numerusform>Audit log intact: %Ln event verified, none altered or missing.</numerusform>
            <numerusform>Audit log intact: %Ln events verified, none altered or missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preview Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a preview to see everything held about this subject (Ctrl+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no data maps yet: put a system&apos;s map (docs/datamap.md) in %1/datamaps, or draft one with lethe-cli datamap discover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creating the demo workspace…
%1: %2 (%Ln row(s))</source>
        <translation>
            <numerusform>Creating the demo workspace…
%1: %2 (%Ln row)</numerusform>
            <numerusform>Creating the demo workspace…
%1: %2 (%Ln rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo workspace was not created: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discover Data Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor &amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some processors could not be searched:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n manual task(s) added to %1: see its details.</source>
        <translation>
            <numerusform>%n manual task added to %1: see its details.</numerusform>
            <numerusform>%n manual tasks added to %1: see its details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task done: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase Subject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure of %1 stopped before it finished (%2). Resume it to finish; nothing is half-done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more erasure(s) wait after it.</source>
        <translation>
            <numerusform>%n more erasure waits after it.</numerusform>
            <numerusform>%n more erasures wait after it.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lethe bundles (*.lethe.zip *.zip *.age);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the request&apos;s signed bundle for the subject (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bundle of %1 written to %2: %3 rows in %Ln table(s), signed by key %4.</source>
        <translation>
            <numerusform>Bundle of %1 written to %2: %3 rows in %Ln table, signed by key %4.</numerusform>
            <numerusform>Bundle of %1 written to %2: %3 rows in %Ln tables, signed by key %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Processors not asked:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with age to the passphrase: tell it to the subject another way than the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Encrypted with age to %n public key(s).</source>
        <translation>
            <numerusform>Encrypted with age to %n public key.</numerusform>
            <numerusform>Encrypted with age to %n public keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record &amp;Fee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the data map first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made at other desks will show only when you reload the queue (F5): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) changed at another desk: %1</source>
        <translation>
            <numerusform>%n request changed at another desk: %1</numerusform>
            <numerusform>%n requests changed at another desk: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take Next Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to an &amp;Officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the request being taken or handed on is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the longest-waiting open request nobody has (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed and is no longer handed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the request on to someone else, with a reason (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate the request to an officer, with a reason (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the next request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open request is waiting for someone to take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took %1, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 escalated to %2; the reason is kept as a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned to %2; the reason is kept as a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made at other desks could not be read; press F5 to reload the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer key of %1 (%2) is registered in this workspace but is not in this computer&apos;s keychain: what you change here is recorded in the audit log unsigned, and approving an erasure needs the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) match the filter</source>
        <translation>
            <numerusform>%Ln request matches the filter</numerusform>
            <numerusform>%Ln requests match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) match the filter, loaded in %1 ms</source>
        <translation>
            <numerusform>%Ln request matches the filter, loaded in %1 ms</numerusform>
            <numerusform>%Ln requests match the filter, loaded in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reconnect to the workspace: %1. Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve Erasure Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer &amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve, as the second officer, an erasure plan of %1 that waits for approval (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the workspace is lost: this is possible again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the workspace was lost. Retrying (attempt %1 of %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the connection to the workspace was lost. What you typed is kept here and saved once the connection is back, and never twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your change was saved before the connection was lost; it was not made twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the change you cancelled had been saved before the connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 of %2 approved. An officer other than you can now run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your officer key %1 is registered and in this computer&apos;s keychain: your approvals and what you change here are signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sorted among the %L1 loaded only: press F5 to read them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 loaded, reading the rest to sort them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 shown, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue among those loaded</source>
        <translation>
            <numerusform>%n overdue among those loaded</numerusform>
            <numerusform>%n overdue among those loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading every match to sort them… %Ln request(s)</source>
        <translation>
            <numerusform>Reading every match to sort them… %Ln request</numerusform>
            <numerusform>Reading every match to sort them… %Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline settings were changed at another desk since you opened them; nothing was saved. Open Tools › Deadline Settings… again to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline settings saved before the connection was lost; they were not saved twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: the queue shows %Ln request(s). Press F5 to read it again.</source>
        <translation>
            <numerusform>Loading stopped: the queue shows %Ln request. Press F5 to read it again.</numerusform>
            <numerusform>Loading stopped: the queue shows %Ln requests. Press F5 to read it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan %1 of %2 was approved before the connection was lost; it was not approved twice. An officer other than you can now run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its export had been recorded in the audit log before the connection was lost; it was not recorded twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You closed the export of %1 while the connection to the workspace was lost, so whether the audit log recorded it is not known yet. The bundle is kept as %2 until the connection is back; then it is moved to %3 if it was recorded, and removed if not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the export of %1 was recorded in the audit log could not be settled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 had been recorded in the audit log before the connection was lost, although you closed the dialog: the bundle is at %2, recorded once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 was not recorded in the audit log: the connection was lost before it was. Its bundle was removed; export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due dates stored in this workspace were computed with other calendars or deadline settings, and your login may not store them again: the queue is read whole to sort it by days left until someone who may opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the stored due dates up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored due dates could not be brought up to date; the queue is read whole to sort it by days left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stored due dates brought up to date (%Ln request(s)).</source>
        <translation>
            <numerusform>Stored due dates brought up to date (%Ln request).</numerusform>
            <numerusform>Stored due dates brought up to date (%Ln requests).</numerusform>
        </translation>
    </message>
    <message>
        <source>If this window is closed before the connection is back, what it holds cannot be settled when the workspace next opens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval or officer key of %1 held since a lost connection is not settled here: you act as %2. It is settled when %1 opens this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 held since a lost connection could not be settled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace does not store every request&apos;s place by subject and assignee yet, and your login may not store it: the queue is read whole to sort it by those columns until someone who may opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing each request&apos;s place by subject and assignee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stored the place by subject and assignee of %Ln request(s).</source>
        <translation>
            <numerusform>Stored the place by subject and assignee of %Ln request.</numerusform>
            <numerusform>Stored the place by subject and assignee of %Ln requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue&apos;s order by subject and assignee could not be stored; the queue is read whole to sort it by those columns until the workspace is opened again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ManualTaskList</name>
    <message>
        <source>None. A preview of the request adds the manual tasks its data maps name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Manual tasks · %1 of %n done</source>
        <translation>
            <numerusform>Manual tasks · %1 of %n done</numerusform>
            <numerusform>Manual tasks · %1 of %n done</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1 (SHA-256 %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was done, with a note or an evidence file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::Migrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 was written by a newer Lethe (schema version %2; this program knows up to version %3). Update Lethe to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 of workspace %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::Minisign</name>
    <message>
        <source>The cryptography library (libsodium) could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key&apos;s comment must be one line: it contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The untrusted comment must be one line: it contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted comment must be one line: it contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key&apos;s comment is %1 bytes long; minisign reads at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The untrusted comment is %1 bytes long; minisign reads at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted comment is %1 bytes long; minisign reads at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a minisign public key: the key id must be %1 bytes and the key %2 bytes, not %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable secret key: it must be %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 is damaged: its secret part does not belong to its public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature file is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a minisign public key: expected an &quot;untrusted comment:&quot; line followed by the key, or the key&apos;s base64 line alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a minisign public key: the key line must be the base64 of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported public key algorithm (bytes %1): minisign keys start with &quot;Ed&quot; (Ed25519).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored signing key is not one Lethe wrote: it does not start with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored signing key is damaged: expected the base64 of %1 bytes after &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 lines; a minisign signature has 4 (untrusted comment, signature, trusted comment, comment signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1 must start with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 2 must be the base64 of %1 bytes (algorithm, key id, signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signature algorithm (bytes %1); minisign writes &quot;ED&quot; or, formerly, &quot;Ed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 3 must start with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 4 must be the base64 of the %1-byte comment signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was made with key %1, but the public key is %2: it was signed by another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the data: the data was changed after it was signed, or the signature belongs to other data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted comment was changed after signing: its signature does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 2 must be the base64 of the algorithm, the key id and the signature.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::Names</name>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCPA/CPRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifestly unfounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excessive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt out of sale/sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit sensitive data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Believed fraudulent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the subject gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com, other@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+44 20 7946 0018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ids in the products, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadsGen, AlwaysLeads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regulation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ceived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User IDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;oducts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) from today)</source>
        <translation>
            <numerusform>%1 (%n day from today)</numerusform>
            <numerusform>%1 (%n days from today)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (already %n day(s) overdue)</source>
        <translation>
            <numerusform>%1 (already %n day overdue)</numerusform>
            <numerusform>%1 (already %n days overdue)</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge receipt by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With + and the country code: this workspace has no phone region for national numbers (lethe-cli workspace phone-region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number without its country code is read as a number in %1, the workspace&apos;s phone region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public holidays of where the controller is established, for this request only; the deadline rolls over them (GDPR, UK GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;liday calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s (weekends only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::NoteDialog</name>
    <message>
        <source>Add a note to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was agreed, what is next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than 20,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::OfficerKeyDialog</name>
    <message>
        <source>Officer Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your officer key in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer key signs your approvals of erasure plans, and the audit log&apos;s head after each change you make, so a rewrite of the log is noticed. Its secret stays in this computer&apos;s keychain; the workspace holds only its public key. Once any key is registered in a workspace, approvals there must be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this keychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys registered in this workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and &amp;Register My Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1, registered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is registered for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer key of yours for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1, the registered one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1, not the registered one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1, not registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register the Key in This Keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;New Key and Register It…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key is registered and in this keychain: there is nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not be read, so no key is made or registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your officer key %1 is registered in this workspace but is not in this computer&apos;s keychain: what you change here is recorded in the audit log unsigned, and you cannot approve erasures here. Approve on the computer whose keychain holds it, or register a key from here, which replaces it; plans you approved with the old key and that have not run yet must then be approved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals in this workspace are signed, and you have no key registered: you cannot approve erasures until you register one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the officer key %1 from this computer&apos;s keychain as yours in %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new officer key in this computer&apos;s keychain and register its public key as yours in %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces your registered key %1. Plans you approved with it that have not run yet must be approved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the first key in this workspace: from then on every approval here must be signed, and audit verify requires a signed head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register Officer Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and &amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering your officer key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your officer key %1 is registered in %2 and kept in this computer&apos;s keychain. Your approvals, and the audit log&apos;s head after your changes, are signed with it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: the connection to the workspace was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys registered in the workspace could not be read: the connection to the workspace was lost. They are read once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered yet: the connection to the workspace was lost. Your key is kept in this computer&apos;s keychain and registered once the connection is back, and never twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You closed Officer Key while the registration of your key %1 waited for the lost connection, so whether it was registered is not known yet. It is read once the connection is back; until then, Workspace › Officer Key… shows whether it is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your officer key was not registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether your officer key %1 was registered before the connection was lost could not be read: %2. Workspace › Officer Key… shows whether it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your officer key %1 had been registered before the connection was lost, although you closed the dialog: it is registered (once), and your approvals and what you change here are signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your officer key %1 was not registered: the connection was lost before it was. It stays in this computer&apos;s keychain; Workspace › Officer Key… registers it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::OfficerKeys</name>
    <message>
        <source>Reading the officer keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the officer key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the officer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer key is registered from its secret key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the officer key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain to read %1 from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::Phone</name>
    <message>
        <source>phone: empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: contains &quot;%1&quot;; use digits, spaces, dashes and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: a national number needs a region; write it with + and the country code (+44 20 7946 0018) or set the workspace&apos;s phone region (lethe-cli workspace phone-region GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: the region &quot;%1&quot; is not a country code such as DE or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: no country has the calling code after the +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: too few digits for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: too many digits for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: too few digits for a number in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: too many digits for a number in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: numbers in %1 do not have this many digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: a local number in %1 without its area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: not a number in %1&apos;s numbering plan (no such area code or range).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::PreviewPane</name>
    <message>
        <source>Run preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search what was found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System / table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request, then run a preview to see everything held about its subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searching %n system(s) for the subject of %1…</source>
        <translation>
            <numerusform>Searching %n system for the subject of %1…</numerusform>
            <numerusform>Searching %n systems for the subject of %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not reachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found via</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: showing %2 of %Ln row(s); the export holds them all.</source>
        <translation>
            <numerusform>%1: showing %2 of %Ln row; the export holds them all.</numerusform>
            <numerusform>%1: showing %2 of %Ln rows; the export holds them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln row(s) (tables with data: %1, systems searched: %2). The audit log records the counts, not the data.</source>
        <translation>
            <numerusform>Found %Ln row (tables with data: %1, systems searched: %2). The audit log records the counts, not the data.</numerusform>
            <numerusform>Found %Ln rows (tables with data: %1, systems searched: %2). The audit log records the counts, not the data.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the processor, through its API (connection %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › manual task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the processor&apos;s search returned that do not hold exactly the subject&apos;s identity (another address that contains theirs, another user id). They are not the subject&apos;s: not counted, not exported, never erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n related</source>
        <translation>
            <numerusform>+%n related</numerusform>
            <numerusform>+%n related</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared, left out</source>
        <translation>
            <numerusform>%n shared, left out</numerusform>
            <numerusform>%n shared, left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>related (%1), shared with %n other row(s)</source>
        <translation>
            <numerusform>related (%1), shared with %n other row</numerusform>
            <numerusform>related (%1), shared with %n other rows</numerusform>
        </translation>
    </message>
    <message>
        <source>related (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n about others</source>
        <translation>
            <numerusform>%n about others</numerusform>
            <numerusform>%n about others</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (about someone else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related rows are rows the subject&apos;s rows point at (an address, a product, an employee). They are shown with how many other rows share them, are not the subject&apos;s own, are not followed further and are not exported. An erasure removes one only when its table holds personal data, it is no one else&apos;s and nothing that stays points at it. Rows left out were reached through one of the subject&apos;s rows but also point at a row that is not the subject&apos;s (another customer&apos;s order shipping to a shared address). Rows about others are held in the subject&apos;s account about other people (a lead, the emails sent to it): erased with the account, left out of an access bundle unless included with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About someone else: held in the subject&apos;s account (%1). Erased with the account; left out of an access bundle unless included with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tinted: %Ln row(s) held in the subject&apos;s account about someone else.</source>
        <translation>
            <numerusform>Tinted: %Ln row held in the subject&apos;s account about someone else.</numerusform>
            <numerusform>Tinted: %Ln rows held in the subject&apos;s account about someone else.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::ProcessorClient</name>
    <message>
        <source>%1: the connection &quot;%2&quot; lacks the parameter(s) %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the base URL of the connection &quot;%2&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection &quot;%2&quot; must use https (plain http only to this machine, for the sandbox), not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection &quot;%2&quot; needs the parameter &quot;%3&quot; (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ProcessorConnections</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection %2 needs &quot;key&quot; and &quot;connector&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox connection template is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s ports file is not the JSON lethe-sandbox writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox reported no port for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection key &quot;%1&quot; must be lower-case letters, digits, - and _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connector &quot;%1&quot; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; has no parameter &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares no test request: it can only be checked by running an erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test request needs %1, which the connection lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered at %2 but refused the credentials (HTTP %3)%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answers at %1, but not %2&apos;s API (HTTP %3 for %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reachable at %2 and accepts the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reachable at %2 but is rate-limiting this account just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 answered HTTP %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recipient %2 names the connection &quot;%3&quot;, which this workspace does not have (lethe-cli connections add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection &quot;%2&quot; uses the connector &quot;%3&quot;, which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: near matches, not the subject&apos;s (not erased)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ProcessorErasure</name>
    <message>
        <source>record %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 needs %3, which the record does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: the TLS connection failed (%3); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was refused (HTTP %3): the credentials are wrong or lack the permission to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 answered HTTP %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was accepted, but the answer has no job id at &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the job %2 ended as &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: polling the job %2 answered HTTP %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the job %2 is still &quot;%3&quot; after %4 s; check it at the processor and complete the manual task.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ProcessorSearch</name>
    <message>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;): the TLS connection failed (%4); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was refused (HTTP %3): the connection&apos;s credentials are wrong or lack a permission%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;) answered HTTP %4%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;) answered with a body that is not JSON (%4 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;): the answer has no field &quot;%4&quot; where the records should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;): the field &quot;%4&quot; should hold a list of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;) pointed its next page at another host (%4); not followed, so the key is not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::QueueFilterBar</name>
    <message>
        <source>Search id, subject, email, assignee… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::QueueQuery</name>
    <message>
        <source>Reading the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading who has requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::Reconnector</name>
    <message>
        <source>the workspace file %1 cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ReportText</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content you created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demographic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristics of protected classifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet or other electronic network activity information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geolocation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio, electronic, visual or similar information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional or employment-related information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferences drawn to create a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other details about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financial details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browser and operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precise location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browsing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private messages and content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demographic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>government identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensor readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operational records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report would not say who the controller is, how to reach them or where the subject may complain: set %1 with lethe-cli workspace set (the workspace settings %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a login credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld: %1 is a secret, not information about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right to know: what personal information we collect, use, disclose, sell and share, and a copy of it (this report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right to delete the personal information we collected from you, and the right to correct inaccurate personal information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right to opt out of the sale or sharing of your personal information, and to limit the use and disclosure of sensitive personal information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right not to be discriminated against for exercising any of these rights: we may not deny you goods or services, charge you a different price or give you a different level or quality of service because you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may ask for a copy of your data (this report), for its correction, for its erasure, for its processing to be restricted, and for a portable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may object to processing based on legitimate interests, and at any time to direct marketing; where we rely on your consent you may withdraw it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may complain to a data protection supervisory authority (below), and go to court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may ask for a copy of your data (this report), for its correction and for its erasure, and you may object to its processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisory authority: the Information Commissioner&apos;s Office (ICO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To complain: https://ico.org.uk/make-a-complaint/ or telephone 0303 123 1113.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisory authority: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To complain, contact it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To complain: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may also complain to the supervisory authority of the EU country where you live, work or where you think your rights were infringed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ReportsWindow</name>
    <message>
        <source>Reports — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regulation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied with
(in whole or part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days
to respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean days
to respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing date
unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCPA regulations, 11 CCR 7102(a)(1): per type, the requests received, complied with in whole or in part and denied in the year, and the median and mean days to respond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CCPA 11 CCR 7102 metrics&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) with a type, regulation or status this version does not know are left out.</source>
        <translation>
            <numerusform>%n request with a type, regulation or status this version does not know is left out.</numerusform>
            <numerusform>%n requests with a type, regulation or status this version does not know are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n closed request(s) have no recorded closing date: they count as received and as &quot;date unknown&quot;, never in the days or the overdue counts.</source>
        <translation>
            <numerusform>%n closed request has no recorded closing date: it counts as received and as &quot;date unknown&quot;, never in the days or the overdue counts.</numerusform>
            <numerusform>%n closed requests have no recorded closing date: they count as received and as &quot;date unknown&quot;, never in the days or the overdue counts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received: counted in the year of receipt. Complied with, denied and days to respond: in the year the request was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By regulation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests received per month, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to respond (completed or denied in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue at month end, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Metrics as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Metrics as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request metrics %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation: %1. As of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF output failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the workspace was lost. The requests are read again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::RequestDetailPane</name>
    <message>
        <source>No request selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request in the queue, or create one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (received %1, due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; clock stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; clock restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended: due %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · was due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · clock stopped while waiting for identity; due %2 at the earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · OVERDUE by %n day(s) (was due %2)</source>
        <translation>
            <numerusform>%1 · OVERDUE by %n day (was due %2)</numerusform>
            <numerusform>%1 · OVERDUE by %n days (was due %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · due %2, %n day(s) left</source>
        <translation>
            <numerusform>%1 · due %2, %n day left</numerusform>
            <numerusform>%1 · due %2, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge receipt by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clock was stopped for %n day(s)</source>
        <translation>
            <numerusform>Clock was stopped for %n day</numerusform>
            <numerusform>Clock was stopped for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n row(s) found</source>
        <translation>
            <numerusform>Preview: %n row found</numerusform>
            <numerusform>Preview: %n rows found</numerusform>
        </translation>
    </message>
    <message>
        <source>Manual task added: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual task done: %1, with evidence %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual task done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure planned: plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure plan %1 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure started: plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure resumed: plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure stopped between batches (resumable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure stopped by an error (resumable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure finished and verified: %1 deleted, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure finished, NOT verified: %1 deleted, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bundle exported: %n row(s)</source>
        <translation>
            <numerusform>Bundle exported: %n row</numerusform>
            <numerusform>Bundle exported: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 tables, signed by key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; encrypted to a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; encrypted to %n public key(s)</source>
        <translation>
            <numerusform>%1; encrypted to %n public key</numerusform>
            <numerusform>%1; encrypted to %n public keys</numerusform>
        </translation>
    </message>
    <message>
        <source>The period began again on %1, when the answer arrived (UK GDPR Art. 12A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; clock stopped for clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee recorded: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · clock stopped while waiting for clarification; due %2 at the earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period began again on %1, when the answer arrived (workspace rule: restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekends only (no &quot;established in&quot; set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (this request&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject&apos;s clarification, then back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::RequestMetrics</name>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the requests for the metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading clock stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all regulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request metrics for %1 (%2), as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per CCPA regulations 11 CCR 7102(a)(1): received, complied with in whole or in part, denied, and days to respond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests received per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to respond (completed or denied in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n closed request(s) have no recorded closing date: they count as received and as &quot;date unknown&quot;, never in the days or the overdue counts.</source>
        <translation>
            <numerusform>%n closed request has no recorded closing date: it counts as received and as &quot;date unknown&quot;, never in the days or the overdue counts.</numerusform>
            <numerusform>%n closed requests have no recorded closing date: they count as received and as &quot;date unknown&quot;, never in the days or the overdue counts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::RequestQueueModel</name>
    <message>
        <source> (ext.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge receipt by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock stopped while waiting for identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::SchemaDiscovery</name>
    <message>
        <source>%1: no primary key; set primary_key before use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: could not be sampled: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of %2 sampled values look like %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sign of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system.art15: discovery cannot know the purposes, recipients or retention; fill them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card numbers passing the Luhn check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBANs with a valid checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named like a column holding %1, but its type (%2) cannot hold one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: the default schema has a table of that name too, so it is in source &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its foreign key to %2 leads out of its source; not written as a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its columns could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the table has %n partition(s) (%1), read through it</source>
        <translation>
            <numerusform>the table has %n partition (%1), read through it</numerusform>
            <numerusform>the table has %n partitions (%1), read through it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the table has %n inheritance child(ren) (%1), read through it</source>
        <translation>
            <numerusform>the table has %n inheritance child (%1), read through it</numerusform>
            <numerusform>the table has %n inheritance children (%1), read through it</numerusform>
        </translation>
    </message>
    <message>
        <source>the key of %1, a table of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points at %1, a table of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an identifier in %1, a table of people, that leads to no table here: the person&apos;s id in another system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key, not %1: it does not identify a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a table of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a catalogue (no foreign key leads from it to a table of people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a catalogue of places (it reaches no table of people and holds no street)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named like a column holding %1, but it holds whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::SecretResolver</name>
    <message>
        <source>password not read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the secret of the connection &quot;%2&quot; could not be read from the keychain: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no keychain to read the secret of the connection &quot;%2&quot; from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::SortKeys</name>
    <message>
        <source>Reading the request&apos;s subject and assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the request&apos;s place in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the stored order of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who may store the queue&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the live queue&apos;s trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live queue&apos;s trigger (lethe_queue_notify) was set up before this Lethe stored the queue&apos;s order by subject and assignee, and would announce every key stored as a change to every desk. Ask the workspace&apos;s administrator to run `lethe-cli workspace setup-team --apply` again; until then the queue sorted by subject or assignee is read whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the requests whose place in the queue is not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the requests&apos; place in the queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::SqlConnection</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (needed for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable table or column name (1-63 characters, no control characters, no leading or trailing spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not sqlite:PATH or ENGINE://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: put the password in the keychain and name it with --password-key, not in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite has no schemas: table &quot;%1&quot; cannot be in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::StateMachine</name>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 from %2 to %3: %2 is final. Open a new request instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject&apos;s identity must be verified first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer must be approved first (move it to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that step does not follow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 from %2 to %3: %4. Allowed from %2: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denying %1 needs a reason: the subject must be told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request goes back to %1, where it was when the subject was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a reason or description is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denying %1 needs a reason code: one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denying %1 under an exemption needs the exemption&apos;s name (such as &quot;GDPR Art. 17(3)(b)&quot; or &quot;Civ. Code 1798.105(d)(8)&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a reason code goes with %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an exemption is named only with the reason code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an exemption is named only when denying; for an answer in part, say why in the reason for what was withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what was withheld is recorded when completing in part only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing %1 in part needs the reason the rest was withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing %1 in part needs what was withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 %2 request need not be verified (11 CCR %3), so it has no identity stop; to ask only for what is needed to act on it (such as which account), use %4, which does not stop the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be moved to %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2 %3 request need not be a verifiable request (11 CCR %4), so it cannot be denied as %5. If you have a good-faith, reasonable and documented belief that it is fraudulent, deny it with the code %6 and tell the requester why (11 CCR %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the reason code %2 is for %3 opt-out and limit-sensitive requests only (11 CCR 7026(e), 7027(f)); for this request use one of %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::StoredValue</name>
    <message>
        <source>larger than %1 MiB; ask the database&apos;s owner for a copy of this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>base64 %1 (%n byte(s))</source>
        <translation>
            <numerusform>base64 %1 (%n byte)</numerusform>
            <numerusform>base64 %1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) withheld: %1)</source>
        <translation>
            <numerusform>(%n byte withheld: %1)</numerusform>
            <numerusform>(%n bytes withheld: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::TeamSetup</name>
    <message>
        <source>Role prefix &quot;%1&quot; is not usable: use lower-case letters, digits and &apos;_&apos;, starting with a letter, at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &quot;%1&quot; is not usable: use letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; and &apos;@&apos;, at most 63 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login %1: role &quot;%2&quot; is none of officer, support and reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group role of every %1 (no login of its own); a person&apos;s login is made a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login of %1, created if missing. Give it a password (\password in psql) or use certificate or peer authentication; each person keeps their password in their own keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in another group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the workspace is open to logins outside the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from no rights, so that running this again takes back what was given before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team member reads the whole workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only officers plan, approve and run erasures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only officers change settings, and nobody writes the audit head or the team settings directly: row-level security keeps keys starting with audit. and team. for lethe_audit_append and this script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is appended only through this function: it stamps the database&apos;s session_user and the server&apos;s clock, serialises appends from every desk and links each event to the one before. It runs with the rights of the audit log&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function belongs to the owner of the audit log, and only the team may call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login, not even the audit log&apos;s owner, updates, deletes or truncates events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four eyes, kept by the server: a plan, an approval and a start are recorded under the login that made them; the approver never approves their own plan and never runs, resumes or changes the run after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one erasure runs per request at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s map of logins to Lethe roles, which Lethe shows and checks too; only this script changes it in a team workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is now a team workspace: Lethe records the signed-in login as who acted and appends to the audit log through the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace needs PostgreSQL: each person signs in with their own database login. This workspace is on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 of %2 (%3) failed, nothing was changed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the team settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person registers their own officer key (the public half of the minisign key in their keychain) through this function, never another login&apos;s; the registration is appended to the audit log. Nobody writes officer_keys directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each event a person writes, Lethe signs the audit head (the event&apos;s number and hash) with their officer key; this function stores the signature only for the current head, of an event that login wrote, with the key registered for it. audit verify checks the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both functions belong to the owner of the audit log, and only the team may call them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login, not even the owner of the table, changes or removes a signed audit head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support and officers work on requests: intake, identities, notes, clock stops, manual tasks. Their UPDATE on requests includes due_key and due_digest, each request&apos;s place in the urgency order, which Lethe stores with every change and again after the calendars or deadline settings change; reviewers cannot, and their queue is read whole to sort it until one of them has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every desk&apos;s queue updates live: each change of a request is announced on the channel lethe_queue with the request&apos;s number (never its content), and Lethe reloads that row. Storing a request&apos;s place in the urgency order again (due_key and due_digest alone, after the calendars or the deadline settings changed), or its place by subject and assignee (subject_key and assignee_key alone), is no change of the request and is not announced: a million of them would flood every desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An index of the ones below whose build was interrupted before is invalid (no query uses it): it is dropped, so that the next statements build it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh statistics, so that the planner knows the new indexes&apos; tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue&apos;s free-text search of one or two characters (a trigram index has nothing to look up in so short a text): this function lists a text&apos;s substrings of one and two characters, and the indexes below keep them for each text searched. Search stays exact: the indexes only find the candidates. Needs no extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short substrings of %1, for a search of one or two characters. Built without making anyone&apos;s writes wait; on a million requests the four took minutes, and each request written later takes a little longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue&apos;s free-text search through indexes needs the extension pg_trgm (shipped with PostgreSQL; trusted, so a login that may create objects in the database adds it, no superuser needed). Where it is not installed or may not be created, a warning says so and search works without its indexes, more slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigram indexes on the texts searched (request number, assignee, subject&apos;s name, identities), built without making anyone&apos;s writes wait, where the extension is there. Search stays exact: the indexes only find the candidates (a text of one or two characters has its own, below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by subject, for the search by a subject&apos;s name or identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the transaction, each statement on its own: CREATE INDEX CONCURRENTLY cannot run in a transaction block, and does not make anyone&apos;s writes wait. Lines ending in \gexec are psql&apos;s: the query lists the statements to run. Run the script with psql -v ON_ERROR_STOP=1, so that nothing runs after a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace needs PostgreSQL. This workspace is on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search&apos;s indexes stopped at step %1 of %2 (%3): %4. The team setup itself is in place; the indexes built before stay, and running setup-team --apply again builds the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what the index build waits for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::Templates</name>
    <message>
        <source>the %1 contains &quot;%2&quot;, which a processor&apos;s search would read as a pattern; look up an exact %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::TransitionDialog</name>
    <message>
        <source>Change status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to deny; told to the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline clock stops until the identity is verified (not for CCPA requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This status is final: the request cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is final; no further status is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which exemption, e.g. GDPR Art. 17(3)(b) or Civ. Code 1798.105(d)(8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty if answered in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. it would reveal data about another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xemption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withheld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld &amp;because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the subject what the request covers. GDPR: the clock stops until the answer; UK GDPR: the period begins again with the answer; CCPA: the clock does not stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::Traversal</name>
    <message>
        <source>identities: at least one email, phone or user id is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field holds an identity, and no reference or foreign key leads here from a table that has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is of type %3, which cannot hold %4; correct the identity the map gives this field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ValidatedDialog</name>
    <message>
        <source>Retry &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::Validation</name>
    <message>
        <source>email: &quot;%1&quot; is not an email address (expected name@domain.tld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user-id: &quot;%1&quot; must be non-empty and contain no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: value is longer than 320 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity: &quot;%1&quot; must be KIND:VALUE with KIND one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity: unknown kind &quot;%1&quot; (expected one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (expected YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received: a date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received: %1 is in the future (today is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received: %1 is before 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product: &quot;%1&quot; must be 1-64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee: longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identities: at least one email, phone or user id is needed to find the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject name: longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains &quot;%3&quot;, which a search would read as a wildcard; give the exact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: %1 has no %2 request; its types are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee: &quot;%1&quot; is not an amount above zero such as 25 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee: &quot;%1&quot; is not a three-letter currency code such as EUR, GBP or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee: a fee for further copies is for access requests under the GDPR or UK GDPR (Art. 15(3)); for this request only %1 applies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::WorkspaceKeys</name>
    <message>
        <source>No keychain to read %1 from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be stored in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry %1 is damaged: it is not a 32-byte key in hex.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::WorkspaceMaps</name>
    <message>
        <source>%1: the data map has problems; fix them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no data maps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::WorkspaceOpener</name>
    <message>
        <source>Workspace %1: cannot read its database password from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain to read the database password from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::WorkspaceStore</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving an identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the products in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has an unknown type, regulation or status in the database (&quot;%2&quot;, &quot;%3&quot;, &quot;%4&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading clock stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed; add a note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity: %1 has no %2 &quot;%3&quot; to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identities: %1 would be left without any identity; add one before removing the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the received date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the subject&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding an identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing an identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; only open requests can be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already extended once (&quot;%2&quot;); the law allows one extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: an extension needs a reason; the subject must be told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was due on %2: an extension must be notified within the first period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extending the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: longer than 20,000 characters (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting: %1 is kept by the audit log itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the manual tasks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual task: a task needs a processor and instructions (system %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a manual task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: completing it needs a note or an evidence file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: the note is longer than 20,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: request %2 has no such task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: already completed by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 vanished while it was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone region: &quot;%1&quot; is not a country code with a numbering plan (such as DE, GB or US).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>established in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 %3 request: the law gives no extension for it (15 business days, 11 CCR 7026(f), 7027(g)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deadline settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>established in: &quot;%1&quot; is not a known calendar; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, and a %3 %4 request need not be verified; move it on (to %5, %6 or %7) before changing its type or law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the next request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was taken by someone else meanwhile; take the next one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to: a name of 1 to 120 characters is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: say why the request is escalated; it is kept as a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: say why the request is handed on; it is kept as a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: longer than 20,000 characters (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and is no longer handed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was assigned to someone else meanwhile; nothing was changed. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading who is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after you read it. Your change was not saved, so as not to overwrite theirs: reload the request and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed elsewhere after you read it. Your change was not saved, so as not to overwrite that one: reload the request and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be found: is the drive or network share it is on still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::Workspaces</name>
    <message>
        <source>workspace: &quot;%1&quot; is not a valid name (letters, digits, dot, dash, underscore; at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace: %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace: cannot create folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store: a workspace can live in SQLite or PostgreSQL, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace: cannot write %1/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace: there is no workspace at %1 (no %2). Create one with `lethe-cli workspace init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be parsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: store/engine &quot;%2&quot; is not supported (expected sqlite or postgres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: store/port &quot;%2&quot; is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::YamlChecker</name>
    <message>
        <source>%1 must be a mapping of keys to values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (expected one of: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; in %2 must be a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ZipStreamReader</name>
    <message>
        <source>%1: not a bundle Lethe wrote: %2; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bundle ends early, at byte %2 (truncated or damaged); refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with a ZIP file header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at byte %1 there is neither a file header nor the central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry at byte %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry at byte %1 has a name of %2 bytes (at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its entry names take more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry at byte %1 has a control character in its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the flags 0x%2 (encryption or other features Lethe never writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is compressed with method %2 (Lethe writes deflate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extra fields of %1 in its file header are malformed or of a kind Lethe never writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP64 field of %1 in its file header is not 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sizes in the file header of %1 are impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the decompressor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data of %1 ends (after %2 bytes, as its header says) before its deflate stream does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data of %1 is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data descriptor after %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data descriptor of %1 (CRC %2, %3 bytes from %4) does not match its data (CRC %5, %6 bytes from %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file header of %1 gives other sizes or another CRC than its data descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to %2 bytes from %3 with CRC %4; its file header says %5 bytes from %6 with CRC %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory&apos;s entry %1 is %2, but the file&apos;s entry %1 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extra fields of %1 in the central directory are malformed or of a kind Lethe never writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP64 field of %1 in the central directory does not match its sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory gives %1 the %2 %3, its file header %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a comment in the central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 is a link or a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entries were not all read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its central directory lists %1 entries, but the file holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its central directory lists more entries than the %1 the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ZIP64 end record does not match its central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ZIP64 end record is not followed by its locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after its central directory, at byte %1, there is no end record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its end record does not match its central directory (%1 entries, %2 bytes at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an archive comment of %1 bytes, which Lethe never writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more bytes follow its end record at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lethe::ZipWriter</name>
    <message>
        <source>cannot start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot finish the ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the compressor for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compress %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lethe: data-subject requests, with every deadline in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name or folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name-or-path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the window is on screen (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export bundle to review: opens the viewer alone, with no workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
