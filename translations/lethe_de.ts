<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>lethe::Age</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>A passphrase and recipients cannot be combined: age allows a passphrase only on its own. Give either a passphrase or one or more recipients.</source>
        <translation>Passphrase und Empfänger können nicht kombiniert werden: age erlaubt eine Passphrase nur allein. Geben Sie entweder eine Passphrase oder einen oder mehrere Empfänger an.</translation>
    </message>
    <message>
        <source>Encryption needs a passphrase or a recipient.</source>
        <translation>Zum Verschlüsseln ist eine Passphrase oder ein Empfänger nötig.</translation>
    </message>
    <message>
        <source>The scrypt work factor %1 is outside 1 to %2.</source>
        <translation>Der scrypt-Arbeitsfaktor %1 liegt nicht zwischen 1 und %2.</translation>
    </message>
    <message>
        <source>it has a character Bech32 does not allow</source>
        <translation>enthält ein Zeichen, das Bech32 nicht zulässt</translation>
    </message>
    <message>
        <source>it mixes upper and lower case</source>
        <translation>mischt Groß- und Kleinbuchstaben</translation>
    </message>
    <message>
        <source>it is too short or has no separator</source>
        <translation>ist zu kurz oder hat kein Trennzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Bech32 character</source>
        <translation>„%1“ ist kein Bech32-Zeichen</translation>
    </message>
    <message>
        <source>its checksum is wrong (a typing error?)</source>
        <translation>hat eine falsche Prüfsumme (ein Tippfehler?)</translation>
    </message>
    <message>
        <source>it has invalid padding</source>
        <translation>hat ein ungültiges Padding</translation>
    </message>
    <message>
        <source>this is a secret key (AGE-SECRET-KEY-1...), not a recipient; give its public key (age-keygen -y prints it), and keep the secret key private.</source>
        <translation>dies ist ein geheimer Schlüssel (AGE-SECRET-KEY-1...), kein Empfänger; geben Sie seinen öffentlichen Schlüssel an (age-keygen -y gibt ihn aus), und halten Sie den geheimen Schlüssel geheim.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid age recipient: %2.</source>
        <translation>„%1“ ist kein gültiger age-Empfänger: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age X25519 recipient (age1...).</source>
        <translation>„%1“ ist kein age-X25519-Empfänger (age1...).</translation>
    </message>
    <message>
        <source>not a valid age identity: %1.</source>
        <translation>keine gültige age-Identität: %1.</translation>
    </message>
    <message>
        <source>not an age X25519 identity (AGE-SECRET-KEY-1...).</source>
        <translation>keine age-X25519-Identität (AGE-SECRET-KEY-1...).</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: too large for a key file.</source>
        <translation>%1: zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: no recipients in the file.</source>
        <translation>%1: keine Empfänger in der Datei.</translation>
    </message>
    <message>
        <source>%1: no identities (AGE-SECRET-KEY-1...) in the file.</source>
        <translation>%1: keine Identitäten (AGE-SECRET-KEY-1...) in der Datei.</translation>
    </message>
    <message>
        <source>%1: cannot read the passphrase file (%2).</source>
        <translation>%1: Die Passphrasendatei kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: the first line is empty; a passphrase is needed.</source>
        <translation>%1: Die erste Zeile ist leer; eine Passphrase ist nötig.</translation>
    </message>
    <message>
        <source>An encrypted bundle&apos;s name must end in .age (for example %1.age).</source>
        <translation>Der Name eines verschlüsselten Exportpakets muss auf .age enden (zum Beispiel %1.age).</translation>
    </message>
    <message>
        <source>%1 ends in .age, but nothing was given to encrypt it with.</source>
        <translation>%1 endet auf .age, aber es wurde weder eine Passphrase noch ein Empfänger zum Verschlüsseln angegeben.</translation>
    </message>
    <message>
        <source>%1: cannot read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: cannot write (%2).</source>
        <translation>%1: kann nicht geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>lethe::AgeDecryptor</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The decryption is open already.</source>
        <translation>Die Entschlüsselung ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>truncated (the age header is incomplete).</source>
        <translation>abgeschnitten (der age-Header ist unvollständig).</translation>
    </message>
    <message>
        <source>an armored (text) age file; this program reads binary age files only (decrypt it with age -d first).</source>
        <translation>eine age-Datei im Textformat (armored); dieses Programm liest nur binäre age-Dateien (entschlüsseln Sie sie zuerst mit age -d).</translation>
    </message>
    <message>
        <source>not an age file (it does not start with &quot;age-encryption.org/v1&quot;).</source>
        <translation>keine age-Datei (sie beginnt nicht mit „age-encryption.org/v1“).</translation>
    </message>
    <message>
        <source>damaged (the age header is larger than %1 bytes).</source>
        <translation>beschädigt (der age-Header ist größer als %1 Bytes).</translation>
    </message>
    <message>
        <source>damaged (a line of the age header is too long).</source>
        <translation>beschädigt (eine Zeile des age-Headers ist zu lang).</translation>
    </message>
    <message>
        <source>damaged (the age header&apos;s MAC is malformed).</source>
        <translation>beschädigt (der MAC des age-Headers ist fehlerhaft).</translation>
    </message>
    <message>
        <source>damaged (the age header has a malformed line).</source>
        <translation>beschädigt (der age-Header enthält eine fehlerhafte Zeile).</translation>
    </message>
    <message>
        <source>damaged (an age header stanza has a malformed argument).</source>
        <translation>beschädigt (eine Stanza des age-Headers hat ein fehlerhaftes Argument).</translation>
    </message>
    <message>
        <source>damaged (an age header stanza has a malformed body).</source>
        <translation>beschädigt (eine Stanza des age-Headers hat einen fehlerhaften Rumpf).</translation>
    </message>
    <message>
        <source>damaged (a passphrase stanza must be the only one in an age header).</source>
        <translation>beschädigt (eine Passphrasen-Stanza muss die einzige im age-Header sein).</translation>
    </message>
    <message>
        <source>encrypted with a passphrase, not to a key; give the passphrase.</source>
        <translation>mit einer Passphrase verschlüsselt, nicht für einen Schlüssel; geben Sie die Passphrase an.</translation>
    </message>
    <message>
        <source>damaged (the passphrase stanza is malformed).</source>
        <translation>beschädigt (die Passphrasen-Stanza ist fehlerhaft).</translation>
    </message>
    <message>
        <source>its scrypt work factor 2^%1 is above the limit 2^%2: decrypting it would take too long or too much memory; refused.</source>
        <translation>der scrypt-Arbeitsfaktor 2^%1 liegt über der Obergrenze 2^%2: Das Entschlüsseln würde zu lange dauern oder zu viel Speicher brauchen; abgelehnt.</translation>
    </message>
    <message>
        <source>scrypt failed (not enough memory for work factor %1?).</source>
        <translation>scrypt ist fehlgeschlagen (nicht genug Speicher für Arbeitsfaktor %1?).</translation>
    </message>
    <message>
        <source>wrong passphrase.</source>
        <translation>falsche Passphrase.</translation>
    </message>
    <message>
        <source>encrypted to keys, not with a passphrase; give an identity file.</source>
        <translation>für Schlüssel verschlüsselt, nicht mit einer Passphrase; geben Sie eine Identitätsdatei an.</translation>
    </message>
    <message>
        <source>damaged (an X25519 stanza is malformed).</source>
        <translation>beschädigt (eine X25519-Stanza ist fehlerhaft).</translation>
    </message>
    <message>
        <source>damaged (an X25519 stanza has a low-order share).</source>
        <translation>beschädigt (eine X25519-Stanza enthält einen Schlüsselanteil niedriger Ordnung).</translation>
    </message>
    <message>
        <source>not encrypted to any of these keys.</source>
        <translation>für keinen dieser Schlüssel verschlüsselt.</translation>
    </message>
    <message>
        <source>damaged (the age header fails authentication).</source>
        <translation>beschädigt (die Authentifizierung des age-Headers schlägt fehl).</translation>
    </message>
    <message>
        <source>truncated (the payload is missing).</source>
        <translation>abgeschnitten (die Nutzdaten fehlen).</translation>
    </message>
    <message>
        <source>truncated (it ends after chunk %1 without a last chunk).</source>
        <translation>abgeschnitten (endet nach Block %1 ohne letzten Block).</translation>
    </message>
    <message>
        <source>truncated (chunk %1 is incomplete).</source>
        <translation>abgeschnitten (Block %1 ist unvollständig).</translation>
    </message>
    <message>
        <source>damaged (chunk %1 fails authentication).</source>
        <translation>beschädigt (die Authentifizierung von Block %1 schlägt fehl).</translation>
    </message>
    <message>
        <source>damaged or truncated (chunk %1 fails authentication).</source>
        <translation>beschädigt oder abgeschnitten (die Authentifizierung von Block %1 schlägt fehl).</translation>
    </message>
    <message>
        <source>damaged (the last chunk is empty, which age does not allow).</source>
        <translation>beschädigt (der letzte Block ist leer, was age nicht erlaubt).</translation>
    </message>
    <message>
        <source>damaged (trailing data after the end of the encrypted payload).</source>
        <translation>beschädigt (überzählige Daten nach dem Ende der verschlüsselten Nutzdaten).</translation>
    </message>
    <message>
        <source>The decryption is not open.</source>
        <translation>Die Entschlüsselung ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>lethe::AgeEncryptor</name>
    <message>
        <source>Cannot write the encrypted file: %1.</source>
        <translation>Die verschlüsselte Datei kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>The encryption has begun already.</source>
        <translation>Die Verschlüsselung hat bereits begonnen.</translation>
    </message>
    <message>
        <source>The recipient %1 is not a usable key (a low-order point).</source>
        <translation>Der Empfänger %1 ist kein verwendbarer Schlüssel (ein Punkt niedriger Ordnung).</translation>
    </message>
    <message>
        <source>scrypt failed (not enough memory for work factor %1?).</source>
        <translation>scrypt ist fehlgeschlagen (nicht genug Speicher für Arbeitsfaktor %1?).</translation>
    </message>
    <message>
        <source>The encryption is not open for writing.</source>
        <translation>Die Verschlüsselung ist nicht zum Schreiben geöffnet.</translation>
    </message>
</context>
<context>
    <name>lethe::ApprovalDialog</name>
    <message>
        <source>Approve Erasure Plan</source>
        <translation>Löschplan freigeben</translation>
    </message>
    <message>
        <source>Approve the erasure plan of %1</source>
        <translation>Löschplan von %1 freigeben</translation>
    </message>
    <message>
        <source>Under four eyes a second officer approves the exact plan another officer made, before it runs. Approving erases nothing: an officer other than you then runs the plan, and the run is refused if the data changed since the plan was made. Look at the plan first (Request › Erase Subject… shows it table by table).</source>
        <translation>Nach dem Vier-Augen-Prinzip gibt eine zweite beauftragte Person genau den Plan frei, den eine andere erstellt hat, bevor er ausgeführt wird. Die Freigabe löscht nichts: Eine andere beauftragte Person als Sie führt den Plan danach aus, und die Ausführung wird abgelehnt, wenn sich die Daten seit dem Plan geändert haben. Sehen Sie sich den Plan zuerst an (Anfrage › Personendaten löschen… zeigt ihn Tabelle für Tabelle).</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Planned by:</source>
        <translation>Geplant von:</translation>
    </message>
    <message>
        <source>Digest:</source>
        <translation>Digest:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Anzahlen:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Approve Plan</source>
        <translation>Plan &amp;freigeben</translation>
    </message>
    <message>
        <source>Reading the plans waiting for approval…</source>
        <translation>Die Pläne, die auf Freigabe warten, werden gelesen…</translation>
    </message>
    <message>
        <source>Approve the erasure plan of %1 (%2)</source>
        <translation>Löschplan von %1 (%2) freigeben</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message>
        <source>No plan is waiting.</source>
        <translation>Kein Plan wartet.</translation>
    </message>
    <message>
        <source>No erasure plan of %1 is waiting for approval. An officer saves one for approval from Request › Erase Subject….</source>
        <translation>Kein Löschplan von %1 wartet auf Freigabe. Eine beauftragte Person speichert einen über Anfrage › Personendaten löschen… zur Freigabe.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Rows to delete: %1 · to update: %2 · to keep: %3 · Processor records: %4 · Manual tasks: %5</source>
        <translation>Zu löschende Zeilen: %1 · zu ändernde: %2 · zu behaltende: %3 · Datensätze bei Auftragsverarbeitern: %4 · Manuelle Aufgaben: %5</translation>
    </message>
    <message>
        <source>Not signed: no officer key is registered in this workspace (Workspace › Officer Key… makes and registers yours).</source>
        <translation>Nicht signiert: In diesem Arbeitsbereich ist kein Beauftragtenschlüssel registriert (Arbeitsbereich › Beauftragtenschlüssel… erzeugt und registriert Ihren).</translation>
    </message>
    <message>
        <source>Signed with your officer key %1 from this computer&apos;s keychain.</source>
        <translation>Signiert mit Ihrem Beauftragtenschlüssel %1 aus dem Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Approvals in this workspace are signed, and this computer&apos;s keychain holds no registered officer key of yours.</source>
        <translation>Freigaben werden in diesem Arbeitsbereich signiert, und der Schlüsselbund dieses Computers enthält keinen registrierten Beauftragtenschlüssel von Ihnen.</translation>
    </message>
    <message>
        <source>You cannot approve this plan: %1</source>
        <translation>Sie können diesen Plan nicht freigeben: %1</translation>
    </message>
    <message>
        <source>This workspace does not require four eyes: the plan may run without an approval. Approving still records that you checked it.</source>
        <translation>Dieser Arbeitsbereich verlangt kein Vier-Augen-Prinzip: Der Plan darf ohne Freigabe ausgeführt werden. Eine Freigabe hält trotzdem fest, dass Sie ihn geprüft haben.</translation>
    </message>
    <message>
        <source>To approve this plan, type the request&apos;s id, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Freigabe die Nummer der Anfrage ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Wird freigegeben…</translation>
    </message>
    <message>
        <source>The plans waiting for approval could not be read: the connection to the workspace was lost. They are read once the connection is back.</source>
        <translation>Die Pläne, die auf Freigabe warten, konnten nicht gelesen werden: Die Verbindung zum Arbeitsbereich ist verloren gegangen. Sie werden gelesen, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Not approved yet: the connection to the workspace was lost. What you typed is kept here and the plan is approved once the connection is back, and never twice.</source>
        <translation>Noch nicht freigegeben: Die Verbindung zum Arbeitsbereich ist verloren gegangen. Ihre Eingabe bleibt hier erhalten, und der Plan wird freigegeben, sobald die Verbindung wieder besteht, und nie doppelt.</translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>the plan is no longer waiting (%1)</source>
        <translation>der Plan wartet nicht mehr (%1)</translation>
    </message>
    <message>
        <source>%1 approved it</source>
        <translation>%1 hat ihn freigegeben</translation>
    </message>
    <message>
        <source>You closed the approval of plan %1 of %2 while the connection to the workspace was lost, so whether it was saved is not known yet. It is read once the connection is back; until then, Request › Approve Erasure Plan… still lists the plan if it was not approved.</source>
        <translation>Sie haben die Freigabe von Plan %1 von %2 geschlossen, während die Verbindung zum Arbeitsbereich verloren war; ob sie gespeichert wurde, ist daher noch nicht bekannt. Das wird gelesen, sobald die Verbindung wieder besteht; bis dahin führt Anfrage › Löschplan freigeben… den Plan weiter auf, falls er nicht freigegeben wurde.</translation>
    </message>
    <message>
        <source>Your approval of plan %1 of %2 was not saved: %3.</source>
        <translation>Ihre Freigabe von Plan %1 von %2 wurde nicht gespeichert: %3.</translation>
    </message>
    <message>
        <source>Whether your approval of plan %1 of %2 was saved before the connection was lost could not be read: %3. Request › Approve Erasure Plan… lists the plan if it was not approved.</source>
        <translation>Ob Ihre Freigabe von Plan %1 von %2 gespeichert wurde, bevor die Verbindung verloren ging, konnte nicht gelesen werden: %3. Anfrage › Löschplan freigeben… führt den Plan auf, falls er nicht freigegeben wurde.</translation>
    </message>
    <message>
        <source>Your approval of plan %1 of %2 had been saved before the connection was lost, although you closed the dialog: the plan is approved (once), and an officer other than you can now run it.</source>
        <translation>Ihre Freigabe von Plan %1 von %2 war gespeichert worden, bevor die Verbindung verloren ging, obwohl Sie den Dialog geschlossen haben: Der Plan ist (einmal) freigegeben, und ein anderer Verantwortlicher als Sie kann ihn jetzt ausführen.</translation>
    </message>
    <message>
        <source>Your approval of plan %1 of %2 was not saved: the connection was lost before it was. The plan still waits for approval.</source>
        <translation>Ihre Freigabe von Plan %1 von %2 wurde nicht gespeichert: Die Verbindung ging vorher verloren. Der Plan wartet weiter auf Freigabe.</translation>
    </message>
</context>
<context>
    <name>lethe::ApprovalSignature</name>
    <message>
        <source>%1: the key in %2&apos;s keychain (%3) is not the officer key registered for %2 (%4).</source>
        <translation>%1: Der Schlüssel im Schlüsselbund von %2 (%3) ist nicht der für %2 registrierte Beauftragtenschlüssel (%4).</translation>
    </message>
    <message>
        <source>Reading the approval of %1</source>
        <translation>Lesen der Freigabe von %1</translation>
    </message>
    <message>
        <source>%1: the approval by %2 is not signed, and approvals in this workspace must be. Nothing was run; plan again and have it approved with a registered officer key.</source>
        <translation>%1: Die Freigabe durch %2 ist nicht signiert, Freigaben müssen in diesem Arbeitsbereich aber signiert sein. Es wurde nichts ausgeführt; neu planen und mit einem registrierten Beauftragtenschlüssel freigeben lassen.</translation>
    </message>
    <message>
        <source>%1: the approval is signed, but the approver %2 has no officer key registered to check it with. Nothing was run.</source>
        <translation>%1: Die Freigabe ist signiert, aber %2, die freigebende Person, hat keinen Beauftragtenschlüssel registriert, mit dem sie sich prüfen ließe. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>%1: the approval signature of %2 does not verify against %2&apos;s registered officer key (%3): the approval was altered or not made by %2. Nothing was run.</source>
        <translation>%1: Die Freigabesignatur von %2 lässt sich mit dem registrierten Beauftragtenschlüssel von %2 (%3) nicht bestätigen: Die Freigabe wurde verändert oder nicht von %2 erteilt. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>%1: approvals in this workspace are signed, and the officer key of %2 (%3) is registered in this workspace but not in this keychain. Approve where that key is kept, or make a new one here, which replaces the registered one (lethe-cli workspace officer-key --create, or Workspace › Officer Key… in the window).</source>
        <translation>%1: Freigaben werden in diesem Arbeitsbereich signiert, und der Beauftragtenschlüssel von %2 (%3) ist in diesem Arbeitsbereich registriert, liegt aber nicht in diesem Schlüsselbund. Geben Sie dort frei, wo der Schlüssel liegt, oder erzeugen Sie hier einen neuen, der den registrierten ersetzt (lethe-cli workspace officer-key --create oder im Fenster Arbeitsbereich › Beauftragtenschlüssel…).</translation>
    </message>
    <message>
        <source>%1: approvals in this workspace are signed, and %2 has no officer key (lethe-cli workspace officer-key --create, or Workspace › Officer Key… in the window, makes and registers one).</source>
        <translation>%1: Freigaben werden in diesem Arbeitsbereich signiert, und %2 hat keinen Beauftragtenschlüssel (lethe-cli workspace officer-key --create oder im Fenster Arbeitsbereich › Beauftragtenschlüssel… erzeugt und registriert einen).</translation>
    </message>
    <message>
        <source>%1: %2 has no officer key registered in this workspace; register it first (lethe-cli workspace officer-key --create, or Workspace › Officer Key… in the window).</source>
        <translation>%1: %2 hat in diesem Arbeitsbereich keinen Beauftragtenschlüssel registriert; zuerst registrieren (lethe-cli workspace officer-key --create oder im Fenster Arbeitsbereich › Beauftragtenschlüssel…).</translation>
    </message>
</context>
<context>
    <name>lethe::AssignDialog</name>
    <message>
        <source>Escalate %1</source>
        <translation>%1 eskalieren</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>The officer who takes it over</source>
        <translation>Die verantwortliche Person, die sie übernimmt</translation>
    </message>
    <message>
        <source>Who takes it over</source>
        <translation>Wer sie übernimmt</translation>
    </message>
    <message>
        <source>Why an officer must decide; kept as a note on the request</source>
        <translation>Warum eine verantwortliche Person entscheiden muss; wird als Notiz zur Anfrage gespeichert</translation>
    </message>
    <message>
        <source>Why it is handed on; kept as a note on the request</source>
        <translation>Warum sie weitergegeben wird; wird als Notiz zur Anfrage gespeichert</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Zugewiesen an:</translation>
    </message>
    <message>
        <source>&amp;Escalate to:</source>
        <translation>&amp;Eskalieren an:</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Zuweisen an:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Name the officer who takes the request over.</source>
        <translation>Nennen Sie die verantwortliche Person, die die Anfrage übernimmt.</translation>
    </message>
    <message>
        <source>Name the person who takes the request over.</source>
        <translation>Nennen Sie die Person, die die Anfrage übernimmt.</translation>
    </message>
    <message>
        <source>The name is longer than 120 characters.</source>
        <translation>Der Name ist länger als 120 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2.</source>
        <translation>%1 ist bereits %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Say why the request is escalated; it is kept as a note.</source>
        <translation>Sagen Sie, warum die Anfrage eskaliert wird; das wird als Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Say why the request is handed on; it is kept as a note.</source>
        <translation>Sagen Sie, warum die Anfrage weitergegeben wird; das wird als Notiz gespeichert.</translation>
    </message>
    <message>
        <source>The reason is longer than 20,000 characters.</source>
        <translation>Die Begründung ist länger als 20.000 Zeichen.</translation>
    </message>
</context>
<context>
    <name>lethe::AuditLog</name>
    <message>
        <source>Reading the audit log</source>
        <translation>Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>Schreiben des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Writing the audit head</source>
        <translation>Schreiben des Prüfprotokollstands</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Event %1 is missing: the log jumps from event %2 to event %3 (events were deleted).</source>
        <translation>Ereignis %1 fehlt: Das Protokoll springt von Ereignis %2 zu Ereignis %3 (Ereignisse wurden gelöscht).</translation>
    </message>
    <message>
        <source>Event %1 has an altered time stamp (&quot;%2&quot;).</source>
        <translation>Ereignis %1 hat einen veränderten Zeitstempel („%2“).</translation>
    </message>
    <message>
        <source>Event %1 does not follow event %2: its link to the previous event was altered.</source>
        <translation>Ereignis %1 folgt nicht auf Ereignis %2: Seine Verknüpfung mit dem vorherigen Ereignis wurde verändert.</translation>
    </message>
    <message>
        <source>Event %1 (%2) was altered after it was written.</source>
        <translation>Ereignis %1 (%2) wurde nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <source>The log ends at event %1 but the workspace recorded %2 events: the last events were deleted.</source>
        <translation>Das Protokoll endet bei Ereignis %1, der Arbeitsbereich hat aber %2 Ereignisse verzeichnet: Die letzten Ereignisse wurden gelöscht.</translation>
    </message>
    <message>
        <source>The log&apos;s last event (%1) does not match the workspace&apos;s recorded audit head.</source>
        <translation>Das letzte Ereignis des Protokolls (%1) stimmt nicht mit dem im Arbeitsbereich gespeicherten Prüfprotokollstand überein.</translation>
    </message>
    <message>
        <source>Event %1 (%2) is stamped %3, earlier than event %4 before it (%5): one of them was stamped with a wrong clock or forged.</source>
        <translation>Ereignis %1 (%2) trägt den Zeitstempel %3, früher als das vorangehende Ereignis %4 (%5): eines von beiden wurde mit einer falschen Uhr gestempelt oder gefälscht.</translation>
    </message>
    <message>
        <source>Event %1 is stamped %2, in the future: it was written with a clock set ahead or forged.</source>
        <translation>Ereignis %1 trägt den Zeitstempel %2, in der Zukunft: es wurde mit einer vorgestellten Uhr geschrieben oder gefälscht.</translation>
    </message>
    <message>
        <source>Writing the audit log through the server</source>
        <translation>Das Audit-Protokoll über den Server schreiben</translation>
    </message>
    <message>
        <source>The server wrote audit event %1 with a hash Lethe does not recompute: the function lethe_audit_append was changed. Nothing was saved.</source>
        <translation>Der Server hat Audit-Ereignis %1 mit einem Hash geschrieben, den Lethe nicht nachrechnen kann: Die Funktion lethe_audit_append wurde verändert. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>This is not an audit head exported by lethe-cli audit export-head (its first line is not &quot;%1&quot;).</source>
        <translation>Dies ist kein von lethe-cli audit export-head exportierter Audit-Kopf (seine erste Zeile ist nicht „%1“).</translation>
    </message>
    <message>
        <source>The witnessed audit head needs a seq (a positive number) and a hash (64 hex digits).</source>
        <translation>Der bezeugte Audit-Kopf braucht eine seq (eine positive Zahl) und einen Hash (64 Hex-Ziffern).</translation>
    </message>
    <message>
        <source>Signing the audit head</source>
        <translation>Signieren des Audit-Kopfs</translation>
    </message>
    <message>
        <source>Reading the signed audit head</source>
        <translation>Lesen des signierten Audit-Kopfs</translation>
    </message>
    <message>
        <source>The audit log is empty: there is no head to export.</source>
        <translation>Das Audit-Protokoll ist leer: Es gibt keinen Kopf zu exportieren.</translation>
    </message>
    <message>
        <source>The audit log no longer holds event %1, the head the witness kept (%2): events were deleted.</source>
        <translation>Das Audit-Protokoll enthält Ereignis %1 nicht mehr, den Kopf, den der Zeuge aufbewahrt hat (%2): Ereignisse wurden gelöscht.</translation>
    </message>
    <message>
        <source>Event %1 has the hash %2, but the witness kept %3 for it: the log was rewritten at or before event %1.</source>
        <translation>Ereignis %1 hat den Hash %2, der Zeuge hat dafür aber %3 aufbewahrt: Das Protokoll wurde bei oder vor Ereignis %1 umgeschrieben.</translation>
    </message>
    <message>
        <source>Officer keys are registered in this workspace, but the audit log has no signed head: the signed heads were removed.</source>
        <translation>In diesem Arbeitsbereich sind Beauftragtenschlüssel registriert, aber das Audit-Protokoll hat keinen signierten Kopf: Die signierten Köpfe wurden entfernt.</translation>
    </message>
    <message>
        <source>The audit head signed by %1 is at event %2, but the log ends at event %3: events were deleted.</source>
        <translation>Der von %1 signierte Audit-Kopf steht bei Ereignis %2, das Protokoll endet aber bei Ereignis %3: Ereignisse wurden gelöscht.</translation>
    </message>
    <message>
        <source>Event %1 is not the event %2 signed as the audit head: the log was rewritten at or before event %1.</source>
        <translation>Ereignis %1 ist nicht das Ereignis, das %2 als Audit-Kopf signiert hat: Das Protokoll wurde bei oder vor Ereignis %1 umgeschrieben.</translation>
    </message>
    <message>
        <source>The audit head at event %1 is signed by %2, who has no officer key registered in this workspace.</source>
        <translation>Der Audit-Kopf bei Ereignis %1 ist von %2 signiert, der in diesem Arbeitsbereich keinen Beauftragtenschlüssel registriert hat.</translation>
    </message>
    <message>
        <source>The audit head at event %1 is signed by %2 with key %3, but %2&apos;s registered key is %4.</source>
        <translation>Der Audit-Kopf bei Ereignis %1 ist von %2 mit Schlüssel %3 signiert, der registrierte Schlüssel von %2 ist aber %4.</translation>
    </message>
    <message>
        <source>The signature of the audit head at event %1 does not verify against the registered key of %2: the head or the log was rewritten.</source>
        <translation>Die Signatur des Audit-Kopfs bei Ereignis %1 lässt sich mit dem registrierten Schlüssel von %2 nicht bestätigen: Der Kopf oder das Protokoll wurde umgeschrieben.</translation>
    </message>
</context>
<context>
    <name>lethe::BundleExporter</name>
    <message>
        <source>%1 is a request of type &quot;%2&quot;; bundles are made for access and portability requests.</source>
        <translation>%1 ist eine Anfrage vom Typ „%2“; Exportpakete werden nur für Anfragen auf Auskunft oder Datenübertragbarkeit erstellt.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or remove it first.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation>%1: Diesen Ordner gibt es nicht.</translation>
    </message>
    <message>
        <source>%1: cannot make a temporary folder.</source>
        <translation>%1: Ein temporärer Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1: cannot write temporary files.</source>
        <translation>%1: Temporäre Dateien können nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: the search failed, so the bundle would be incomplete: %2</source>
        <translation>%1: Die Suche ist fehlgeschlagen, das Exportpaket wäre also unvollständig: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>Ihre Daten: %1</translation>
    </message>
    <message>
        <source>The personal data we hold about you</source>
        <translation>Die personenbezogenen Daten, die wir über Sie gespeichert haben</translation>
    </message>
    <message>
        <source>Request %1 (%2, %3), prepared for %4 on %5.</source>
        <translation>Anfrage %1 (%2, %3), erstellt für %4 am %5.</translation>
    </message>
    <message>
        <source>Every table below is also in the data folder of this file as JSON and CSV, complete; this page shows the first %1 rows of each.</source>
        <translation>Jede der folgenden Tabellen finden Sie vollständig auch im Ordner data dieser Datei, als JSON und als CSV; diese Seite zeigt jeweils die ersten %1 Zeilen.</translation>
    </message>
    <message>
        <source>Why we process it</source>
        <translation>Warum wir sie verarbeiten</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Rechtsgrundlagen</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>Wer sie erhält</translation>
    </message>
    <message>
        <source>How long we keep it</source>
        <translation>Wie lange wir sie aufbewahren</translation>
    </message>
    <message>
        <source>Where it came from, if not from you</source>
        <translation>Woher sie stammen, wenn nicht von Ihnen</translation>
    </message>
    <message>
        <source>Transfers outside your country</source>
        <translation>Übermittlung in andere Länder</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automatisierte Entscheidungen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Ihre Rechte</translation>
    </message>
    <message>
        <source>Searching %1 (%2 of %3)</source>
        <translation>%1 wird durchsucht (%2 von %3)</translation>
    </message>
    <message>
        <source>Writing the readable report</source>
        <translation>Lesbarer Bericht wird geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot read temporary files.</source>
        <translation>%1: Temporäre Dateien können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Writing %1 › %2 › %3</source>
        <translation>%1 › %2 › %3 wird geschrieben</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Wird signiert</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: a bundle is made only once the subject&apos;s identity is verified and while the request is open (status verified, in progress or awaiting approval).</source>
        <translation>%1 ist „%2“: Ein Paket wird erst erstellt, wenn die Identität der betroffenen Person bestätigt ist, und nur solange der Antrag offen ist (Status bestätigt, in Bearbeitung oder wartet auf Freigabe).</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>Die Kryptografiebibliothek konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>%1: a temporary file was damaged while the bundle was written.</source>
        <translation>%1: Eine temporäre Datei wurde beschädigt, während das Paket geschrieben wurde.</translation>
    </message>
    <message>
        <source>Including data about other people needs a reason, which the bundle and the audit log keep.</source>
        <translation>Daten über andere Personen aufzunehmen braucht eine Begründung, die das Paket und das Prüfprotokoll festhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) held in your account about other people (for example contacts or leads you keep, and messages sent to them) are not in this copy: they are other people&apos;s personal data (GDPR Art. 15(4)).</source>
        <translation>
            <numerusform>%n Zeile, die in Ihrem Konto über andere Personen gespeichert ist (etwa Kontakte oder Leads, die Sie führen, und Nachrichten an sie), ist nicht in dieser Kopie: Es sind personenbezogene Daten anderer Personen (DSGVO Art. 15 Abs. 4).</numerusform>
            <numerusform>%n Zeilen, die in Ihrem Konto über andere Personen gespeichert sind (etwa Kontakte oder Leads, die Sie führen, und Nachrichten an sie), sind nicht in dieser Kopie: Es sind personenbezogene Daten anderer Personen (DSGVO Art. 15 Abs. 4).</numerusform>
        </translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language of the report (index.html) as a BCP 47 tag: de in the German translation.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>The personal information we hold about you</source>
        <translation>Die personenbezogenen Informationen, die wir über Sie speichern</translation>
    </message>
    <message>
        <source>From %1. This page says first what we hold, why, for how long and who receives it, then your rights and how to reach us; your data follows, system by system.</source>
        <translation>Von %1. Diese Seite sagt zuerst, was wir speichern, warum, wie lange und wer es erhält, dann Ihre Rechte und wie Sie uns erreichen; Ihre Daten folgen, System für System.</translation>
    </message>
    <message>
        <source>service provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Not stated in the data map.</source>
        <translation>In der Datenkarte nicht angegeben.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Who we are and how to reach us</source>
        <translation>Wer wir sind und wie Sie uns erreichen</translation>
    </message>
    <message>
        <source>Nothing about you.</source>
        <translation>Nichts über Sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) about you in %1.</source>
        <translation>
            <numerusform>%n Zeile über Sie in %1.</numerusform>
            <numerusform>%n Zeilen über Sie in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>What we hold</source>
        <translation>Was wir speichern</translation>
    </message>
    <message>
        <source>Why (business or commercial purposes)</source>
        <translation>Warum (geschäftliche oder kommerzielle Zwecke)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <source>No one outside us.</source>
        <translation>Niemand außerhalb unseres Unternehmens.</translation>
    </message>
    <message>
        <source>The business</source>
        <translation>Das Unternehmen</translation>
    </message>
    <message>
        <source>The controller</source>
        <translation>Der Verantwortliche</translation>
    </message>
    <message>
        <source>Privacy contact</source>
        <translation>Ansprechpartner für Datenschutz</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <source>Categories of personal information</source>
        <translation>Kategorien personenbezogener Informationen</translation>
    </message>
    <message>
        <source>You, and your use of our services</source>
        <translation>Sie selbst und Ihre Nutzung unserer Dienste</translation>
    </message>
    <message>
        <source>Categories of sources</source>
        <translation>Kategorien von Quellen</translation>
    </message>
    <message>
        <source>Business or commercial purposes</source>
        <translation>Geschäftliche oder kommerzielle Zwecke</translation>
    </message>
    <message>
        <source>Categories of third parties to whom we disclose it</source>
        <translation>Kategorien von Dritten, denen wir sie offenlegen</translation>
    </message>
    <message>
        <source>Sold or shared</source>
        <translation>Verkauft oder weitergegeben</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Kategorien personenbezogener Daten</translation>
    </message>
    <message>
        <source>%1: cannot compress the exported rows.</source>
        <translation>%1: Die exportierten Zeilen können nicht komprimiert werden.</translation>
    </message>
    <message>
        <source>%1: cannot compress %2.</source>
        <translation>%1: %2 kann nicht komprimiert werden.</translation>
    </message>
</context>
<context>
    <name>lethe::BundleOutput</name>
    <message>
        <source>%1: cannot create the file (%2).</source>
        <translation>%1: Die Datei kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>%1: cannot write (%2).</source>
        <translation>%1: kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>%1: cannot move the finished bundle into place.</source>
        <translation>%1: Das fertige Exportpaket kann nicht an seinen Zielort verschoben werden.</translation>
    </message>
</context>
<context>
    <name>lethe::BundleReader</name>
    <message>
        <source>Tampered: %1</source>
        <translation>Manipuliert: %1</translation>
    </message>
    <message>
        <source>Intact and signed by the trusted key %1.</source>
        <translation>Unverändert und signiert mit dem vertrauenswürdigen Schlüssel %1.</translation>
    </message>
    <message>
        <source>Intact, but signed by an unknown key %1: it was not made with this workspace&apos;s key.</source>
        <translation>Unverändert, aber signiert mit einem unbekannten Schlüssel %1: Das Exportpaket wurde nicht mit dem Schlüssel dieses Arbeitsbereichs erstellt.</translation>
    </message>
    <message>
        <source>The checksums match, but the bundle is not signed: its origin cannot be checked.</source>
        <translation>Die Prüfsummen stimmen, aber das Exportpaket ist nicht signiert: Seine Herkunft lässt sich nicht prüfen.</translation>
    </message>
    <message>
        <source>Tampered: SHA256SUMS does not match its signature.</source>
        <translation>Manipuliert: SHA256SUMS passt nicht zu seiner Signatur.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; would be written outside the bundle&apos;s folder; refused.</source>
        <translation>%1: Der Eintrag „%2“ würde außerhalb des Ordners des Exportpakets geschrieben; abgelehnt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; unpacks to more than the limit (%3 bytes); refused as a possible zip bomb.</source>
        <translation>%1: „%2“ wird beim Entpacken größer als die Obergrenze (%3 Bytes); als mögliche ZIP-Bombe abgelehnt.</translation>
    </message>
    <message>
        <source>%1: no SHA256SUMS; this is not a Lethe bundle.</source>
        <translation>%1: keine Datei SHA256SUMS; dies ist kein Exportpaket von Lethe.</translation>
    </message>
    <message>
        <source>SHA256SUMS has a malformed line.</source>
        <translation>SHA256SUMS enthält eine fehlerhafte Zeile.</translation>
    </message>
    <message>
        <source>%1 is listed in SHA256SUMS but missing.</source>
        <translation>%1 ist in SHA256SUMS aufgeführt, fehlt aber.</translation>
    </message>
    <message>
        <source>%1 was changed after the bundle was made.</source>
        <translation>%1 wurde nach dem Erstellen des Exportpakets geändert.</translation>
    </message>
    <message>
        <source>%1 is not listed in SHA256SUMS (added afterwards).</source>
        <translation>%1 ist nicht in SHA256SUMS aufgeführt (nachträglich hinzugefügt).</translation>
    </message>
    <message>
        <source>%1 exists and is not an empty folder; choose a new or empty one.</source>
        <translation>%1 existiert und ist kein leerer Ordner; wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>%1: cannot make a folder there.</source>
        <translation>%1: Dort kann kein Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>%1: cannot replace the empty folder.</source>
        <translation>%1: Der leere Ordner kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>%1: cannot move the extracted files into place.</source>
        <translation>%1: Die entpackten Dateien können nicht an ihren Platz verschoben werden.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; appears twice in the bundle; refused.</source>
        <translation>%1: „%2“ kommt im Exportpaket zweimal vor; abgelehnt.</translation>
    </message>
    <message>
        <source>%1: cannot create %2.</source>
        <translation>%1: %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; appears twice, or cannot be written; refused.</source>
        <translation>%1: „%2“ kommt zweimal vor oder kann nicht geschrieben werden; abgelehnt.</translation>
    </message>
    <message>
        <source>%1: cannot write %2.</source>
        <translation>%1: %2 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: this bundle is encrypted; give a passphrase or an identity file.</source>
        <translation>%1: Dieses Exportpaket ist verschlüsselt; geben Sie eine Passphrase oder eine Identitätsdatei an.</translation>
    </message>
    <message>
        <source>%1: cannot read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; unpacks to %3 times its compressed size (%4 bytes from %5 so far, more than %6:1); refused as a possible zip bomb.</source>
        <translation>%1: „%2“ entpackt sich auf das %3-Fache seiner komprimierten Größe (bisher %4 Bytes aus %5, mehr als %6:1); als mögliche Zip-Bombe abgelehnt.</translation>
    </message>
    <message>
        <source>%1: the bundle unpacks to %2 times its compressed size (%3 bytes from %4 so far, more than %5:1, at &quot;%6&quot;); refused as a possible zip bomb.</source>
        <translation>%1: das Exportpaket entpackt sich auf das %2-Fache seiner komprimierten Größe (bisher %3 Bytes aus %4, mehr als %5:1, bei „%6“); als mögliche Zip-Bombe abgelehnt.</translation>
    </message>
    <message>
        <source>Reading %1 was stopped.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>an entry name is not valid UTF-8</source>
        <translation>ein Eintragsname ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is larger than Lethe ever writes it (more than %3 bytes); refused as not a bundle Lethe wrote.</source>
        <translation>%1: „%2“ ist größer, als Lethe es je schreibt (mehr als %3 Bytes); als nicht von Lethe geschriebenes Paket abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... und %n weiteres.</numerusform>
            <numerusform>... und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::BundleRedactor</name>
    <message>
        <source>redaction %1 (anywhere)</source>
        <translation>Schwärzung %1 (überall)</translation>
    </message>
    <message>
        <source>redaction %1 (%2, row %3)</source>
        <translation>Schwärzung %1 (%2, Zeile %3)</translation>
    </message>
    <message>
        <source>redaction %1 (%2, row %3, column %4)</source>
        <translation>Schwärzung %1 (%2, Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>%1: cannot read it.</source>
        <translation>%1: kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3.</source>
        <translation>%1: kein gültiges JSON bei Byte %2: %3.</translation>
    </message>
    <message>
        <source>%1: expected a JSON array of redactions.</source>
        <translation>%1: Erwartet wird ein JSON-Array mit Schwärzungen.</translation>
    </message>
    <message>
        <source>%1: redaction %2: %3</source>
        <translation>%1: Schwärzung %2: %3</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>Objekt erwartet.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;.</source>
        <translation>unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>&quot;scope&quot; must be row, cell, text or anywhere, not &quot;%1&quot;.</source>
        <translation>„scope“ muss row, cell, text oder anywhere sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;row&quot; must be a row number, counting from 1.</source>
        <translation>„row“ muss eine Zeilennummer sein, gezählt ab 1.</translation>
    </message>
    <message>
        <source>&quot;file&quot; is required: the table&apos;s JSON file as the manifest lists it.</source>
        <translation>„file“ ist erforderlich: die JSON-Datei der Tabelle, wie sie im Manifest aufgeführt ist.</translation>
    </message>
    <message>
        <source>Nothing is selected for redaction.</source>
        <translation>Es ist nichts zum Schwärzen ausgewählt.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or remove it first.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation>%1: Diesen Ordner gibt es nicht.</translation>
    </message>
    <message>
        <source>%1: give a reason; it goes into the redaction log.</source>
        <translation>%1: Geben Sie eine Begründung an; sie wird im Schwärzungsprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>%1: give the text to withhold.</source>
        <translation>%1: Geben Sie den zurückzuhaltenden Text an.</translation>
    </message>
    <message>
        <source>%1: give the column.</source>
        <translation>%1: Geben Sie die Spalte an.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>%1: cannot make a temporary folder.</source>
        <translation>%1: Ein temporärer Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be re-sealed: %2 A new signature would hide that.</source>
        <translation>%1 kann nicht neu versiegelt werden: %2 Eine neue Signatur würde das verschleiern.</translation>
    </message>
    <message>
        <source>%1: the bundle has no table file &quot;%2&quot;.</source>
        <translation>%1: Das Exportpaket hat keine Tabellendatei „%2“.</translation>
    </message>
    <message>
        <source>%1: the table has %2 rows.</source>
        <translation>%1: Die Tabelle hat %2 Zeilen.</translation>
    </message>
    <message>
        <source>%1: the table has no column &quot;%2&quot;; it has %3.</source>
        <translation>%1: Die Tabelle hat keine Spalte „%2“; sie hat %3.</translation>
    </message>
    <message>
        <source>Re-sealing was cancelled; no file was written.</source>
        <translation>Das Neuversiegeln wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Redacting %1</source>
        <translation>%1 wird geschwärzt</translation>
    </message>
    <message>
        <source>The bundle lists %1 but does not hold it.</source>
        <translation>Das Exportpaket führt %1 auf, enthält die Datei aber nicht.</translation>
    </message>
    <message>
        <source>%1: cannot write temporary files.</source>
        <translation>%1: Temporäre Dateien können nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: row %2 is not the JSON Lethe writes; it cannot be redacted.</source>
        <translation>%1: Zeile %2 ist nicht das JSON, das Lethe schreibt; sie kann nicht geschwärzt werden.</translation>
    </message>
    <message>
        <source>%1: the cell does not contain the text to withhold.</source>
        <translation>%1: Die Zelle enthält den zurückzuhaltenden Text nicht.</translation>
    </message>
    <message>
        <source>%1 holds %2 rows, but the manifest says %3.</source>
        <translation>%1 enthält %2 Zeilen, laut Manifest aber %3.</translation>
    </message>
    <message>
        <source>%1: the text to withhold is in no table of the bundle.</source>
        <translation>%1: Der zurückzuhaltende Text steht in keiner Tabelle des Exportpakets.</translation>
    </message>
    <message>
        <source>%1 was made by an older Lethe whose index.html cannot be redacted row by row; export the request again.</source>
        <translation>%1 wurde von einer älteren Lethe-Version erstellt, deren index.html sich nicht zeilenweise schwärzen lässt; exportieren Sie die Anfrage erneut.</translation>
    </message>
    <message>
        <source>%1: no SHA256SUMS.</source>
        <translation>%1: keine Datei SHA256SUMS.</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot read %2.</source>
        <translation>%1: %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 The original is encrypted, so the new bundle is encrypted too; to write it unencrypted, ask for that explicitly (lethe-cli: --decrypt).</source>
        <translation>%1 Das Original ist verschlüsselt, daher wird auch das neue Paket verschlüsselt; um es unverschlüsselt zu schreiben, verlangen Sie das ausdrücklich (lethe-cli: --decrypt).</translation>
    </message>
    <message>
        <source>%1 cannot be re-sealed: %2 A re-sealed bundle carries this workspace&apos;s signature, so its content would look vouched for. Check where it came from; to re-seal it anyway, accept it as untrusted (lethe-cli: --accept-untrusted), and the new bundle will say what the original&apos;s verdict was.</source>
        <translation>%1 kann nicht neu versiegelt werden: %2 Ein neu versiegeltes Paket trägt die Signatur dieses Arbeitsbereichs, sein Inhalt sähe also verbürgt aus. Prüfen Sie, woher es stammt; um es trotzdem neu zu versiegeln, akzeptieren Sie es als nicht vertrauenswürdig (lethe-cli: --accept-untrusted), und das neue Paket nennt das Urteil über das Original.</translation>
    </message>
    <message>
        <source>This bundle was re-sealed from one that was not signed by a key the reviewer trusted (%1). What it holds is what that bundle held.</source>
        <translation>Dieses Paket wurde aus einem Paket neu versiegelt, das nicht mit einem Schlüssel signiert war, dem die prüfende Person vertraut (%1). Es enthält, was jenes Paket enthielt.</translation>
    </message>
    <message>
        <source>%1: after redacting, the text to withhold is still in %2 (outside the tables&apos; cells, where it cannot be withheld automatically); nothing was written.</source>
        <translation>%1: Nach dem Schwärzen steht der zurückzuhaltende Text noch in %2 (außerhalb der Tabellenzellen, wo er nicht automatisch zurückgehalten werden kann); es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>lethe::BundleSession</name>
    <message>
        <source>Cannot make a private temporary folder to open %1.</source>
        <translation>Zum Öffnen von %1 kann kein privater temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the manifest lists %2, which the bundle does not hold.</source>
        <translation>%1: Das Manifest führt %2 auf, doch die Datei fehlt im Exportpaket.</translation>
    </message>
    <message>
        <source>Row %1 cannot be read from the unpacked bundle.</source>
        <translation>Zeile %1 kann aus dem entpackten Exportpaket nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>lethe::BundleTableModel</name>
    <message>
        <source>Withheld (%1). The original: %2</source>
        <translation>Zurückgehalten (%1). Original: %2</translation>
    </message>
    <message>
        <source>Data categories: %1</source>
        <translation>Datenkategorien: %1</translation>
    </message>
</context>
<context>
    <name>lethe::BundleViewer</name>
    <message>
        <source>%1, row %2: the whole row — %3</source>
        <translation>%1, Zeile %2: die ganze Zeile — %3</translation>
    </message>
    <message>
        <source>%1, row %2, %3 — %4</source>
        <translation>%1, Zeile %2, %3 — %4</translation>
    </message>
    <message>
        <source>%1, row %2, %3: &quot;%4&quot; — %5</source>
        <translation>%1, Zeile %2, %3: „%4“ — %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; everywhere — %2</source>
        <translation>„%1“ überall — %2</translation>
    </message>
    <message>
        <source>Bundle Viewer</source>
        <translation>Exportpaket-Betrachter</translation>
    </message>
    <message>
        <source>Open a bundle (Ctrl+O) or drop one here.</source>
        <translation>Öffnen Sie ein Exportpaket (Strg+O), oder ziehen Sie eines hierher.</translation>
    </message>
    <message>
        <source>&amp;Open Bundle…</source>
        <translation>&amp;Exportpaket öffnen…</translation>
    </message>
    <message>
        <source>&amp;Trust Public Key…</source>
        <translation>Öffentlichem Schlüssel &amp;vertrauen…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Redact Selection…</source>
        <translation>&amp;Auswahl schwärzen…</translation>
    </message>
    <message>
        <source>&amp;Undo Redaction</source>
        <translation>Schwärzung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Re-&amp;seal…</source>
        <translation>Neu &amp;versiegeln…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Exportpaket</translation>
    </message>
    <message>
        <source>Search every table (Ctrl+F, Enter)</source>
        <translation>Alle Tabellen durchsuchen (Strg+F, Eingabetaste)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Schwärzungen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Select cells or rows, then Redact (Ctrl+R). Re-seal (Ctrl+S) writes a new bundle; this one is not changed.</source>
        <translation>Wählen Sie Zellen oder Zeilen aus und dann „Schwärzen“ (Strg+R). „Neu versiegeln“ (Strg+S) schreibt ein neues Exportpaket; dieses bleibt unverändert.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Checking and unpacking %1…</source>
        <translation>%1 wird geprüft und entpackt…</translation>
    </message>
    <message>
        <source>%1 — Bundle Viewer</source>
        <translation>%1 — Exportpaket-Betrachter</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1 was not opened.</source>
        <translation>%1 wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Encrypted Bundle</source>
        <translation>Verschlüsseltes Exportpaket</translation>
    </message>
    <message>
        <source>%1 is encrypted (age). Give its passphrase, or the identity file whose public key it was encrypted to.</source>
        <translation>%1 ist verschlüsselt (age). Geben Sie die Passphrase an oder die Identitätsdatei, für deren öffentlichen Schlüssel es verschlüsselt wurde.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>or an identity file (age-keygen)</source>
        <translation>oder eine Identitätsdatei (age-keygen)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Identitätsdatei</translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation>Identitätsdatei</translation>
    </message>
    <message>
        <source>%1 is encrypted.</source>
        <translation>%1 ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Report for the subject</source>
        <translation>Bericht für die betroffene Person</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Request %1 (%2): %3 rows in %4 tables.</source>
        <translation>Anfrage %1 (%2): %3 Zeilen in %4 Tabellen.</translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>The key belongs to %1.</source>
        <translation>Der Schlüssel gehört zu %1.</translation>
    </message>
    <message>
        <source>If you have the sender&apos;s public key, use File › Trust Public Key.</source>
        <translation>Wenn Sie den öffentlichen Schlüssel des Absenders haben, verwenden Sie Datei › Öffentlichem Schlüssel vertrauen.</translation>
    </message>
    <message numerus="yes">
        <source>It was re-sealed with %n redaction(s).</source>
        <translation>
            <numerusform>Es wurde mit %n Schwärzung neu versiegelt.</numerusform>
            <numerusform>Es wurde mit %n Schwärzungen neu versiegelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation>Exportpaket öffnen</translation>
    </message>
    <message>
        <source>Lethe bundles (*.lethe.zip *.zip *.age);;All files (*)</source>
        <translation>Lethe-Exportpakete (*.lethe.zip *.zip *.age);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trust Public Key</source>
        <translation>Öffentlichem Schlüssel vertrauen</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation>Öffentliche minisign-Schlüssel (*.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not a minisign public key: %2</source>
        <translation>%1 ist kein öffentlicher minisign-Schlüssel: %2</translation>
    </message>
    <message>
        <source>The bundle was not signed with key %1.</source>
        <translation>Das Exportpaket wurde nicht mit dem Schlüssel %1 signiert.</translation>
    </message>
    <message>
        <source>This bundle has no readable report.</source>
        <translation>Dieses Exportpaket enthält keinen lesbaren Bericht.</translation>
    </message>
    <message>
        <source>Searching for &quot;%1&quot;…</source>
        <translation>Suche nach „%1“…</translation>
    </message>
    <message numerus="yes">
        <source>Search stopped: %n cell(s) so far.</source>
        <translation>
            <numerusform>Suche abgebrochen: bisher %n Zelle.</numerusform>
            <numerusform>Suche abgebrochen: bisher %n Zellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n cells containing &quot;%1&quot;.</source>
        <translation>
            <numerusform>Die erste %n Zelle mit „%1“.</numerusform>
            <numerusform>Die ersten %n Zellen mit „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) contain &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Zelle enthält „%1“.</numerusform>
            <numerusform>%n Zellen enthalten „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s) pending; Re-seal (Ctrl+S) writes them into a new bundle.</source>
        <translation>
            <numerusform>%n Schwärzung ausstehend; „Neu versiegeln“ (Strg+S) schreibt sie in ein neues Exportpaket.</numerusform>
            <numerusform>%n Schwärzungen ausstehend; „Neu versiegeln“ (Strg+S) schreibt sie in ein neues Exportpaket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select cells or rows of a table first.</source>
        <translation>Wählen Sie zuerst Zellen oder Zeilen einer Tabelle aus.</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Schwärzen</translation>
    </message>
    <message numerus="yes">
        <source>The selected cells (%n)</source>
        <translation>
            <numerusform>Die ausgewählte Zelle (%n)</numerusform>
            <numerusform>Die ausgewählten Zellen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole rows (%n)</source>
        <translation>
            <numerusform>Die ganze Zeile (%n)</numerusform>
            <numerusform>Die ganzen Zeilen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this text in the cell:</source>
        <translation>Nur diesen Text in der Zelle:</translation>
    </message>
    <message>
        <source>Wherever it appears in the bundle</source>
        <translation>Überall, wo er im Exportpaket vorkommt</translation>
    </message>
    <message>
        <source>Another person&apos;s personal data (Art. 15(4) GDPR)</source>
        <translation>Personenbezogene Daten einer anderen Person (Art. 15 Abs. 4 DSGVO)</translation>
    </message>
    <message>
        <source>Trade secret or intellectual property</source>
        <translation>Geschäftsgeheimnis oder geistiges Eigentum</translation>
    </message>
    <message>
        <source>Legal privilege</source>
        <translation>Anwaltliches Berufsgeheimnis</translation>
    </message>
    <message>
        <source>Would prejudice the prevention or detection of crime</source>
        <translation>Würde die Verhütung oder Aufdeckung von Straftaten beeinträchtigen</translation>
    </message>
    <message>
        <source>Why is this withheld? (required)</source>
        <translation>Warum wird dies zurückgehalten? (erforderlich)</translation>
    </message>
    <message>
        <source>Withhold</source>
        <translation>Zurückhalten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Re-seal</source>
        <translation>Neu versiegeln</translation>
    </message>
    <message>
        <source>No keychain is available to sign with.</source>
        <translation>Zum Signieren ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Re-sealing signs the new bundle with a workspace&apos;s key, and there is no workspace on this computer.</source>
        <translation>Beim Neuversiegeln wird das neue Exportpaket mit dem Schlüssel eines Arbeitsbereichs signiert, aber auf diesem Computer gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Sign the new bundle with the key of workspace:</source>
        <translation>Das neue Exportpaket signieren mit dem Schlüssel des Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>Re-seal Into a New Bundle</source>
        <translation>Als neues Exportpaket versiegeln</translation>
    </message>
    <message>
        <source>Lethe bundles (*%1)</source>
        <translation>Lethe-Exportpakete (*%1)</translation>
    </message>
    <message>
        <source>Choose a new file: the original is never changed.</source>
        <translation>Wählen Sie eine neue Datei: Das Original wird nie verändert.</translation>
    </message>
    <message>
        <source>Workspace %1 has no signing key to re-seal with (%2). Its first export makes one.</source>
        <translation>Der Arbeitsbereich %1 hat keinen Signaturschlüssel zum Neuversiegeln (%2). Sein erster Export erzeugt einen.</translation>
    </message>
    <message>
        <source>Re-sealing into %1…</source>
        <translation>Wird in %1 neu versiegelt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n redaction(s), %2 cells withheld, new checksums and signature. The original is unchanged.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Schwärzung, %2 Zellen zurückgehalten, neue Prüfsummen und Signatur. Das Original ist unverändert.</numerusform>
            <numerusform>%1 geschrieben: %n Schwärzungen, %2 Zellen zurückgehalten, neue Prüfsummen und Signatur. Das Original ist unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s) were not re-sealed into a new bundle and will be lost. Close anyway?</source>
        <translation>
            <numerusform>%n Schwärzung wurde nicht in ein neues Exportpaket versiegelt und geht verloren. Trotzdem schließen?</numerusform>
            <numerusform>%n Schwärzungen wurden nicht in ein neues Exportpaket versiegelt und gehen verloren. Trotzdem schließen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted with the passphrase the original was opened with.</source>
        <translation>Mit der Passphrase verschlüsselt, mit der das Original geöffnet wurde.</translation>
    </message>
    <message>
        <source>Encrypted to %1, the public key of the identity the original was opened with.</source>
        <translation>Für %1 verschlüsselt, den öffentlichen Schlüssel der Identität, mit der das Original geöffnet wurde.</translation>
    </message>
    <message>
        <source>Re-seal an Untrusted Bundle?</source>
        <translation>Nicht vertrauenswürdiges Paket neu versiegeln?</translation>
    </message>
    <message>
        <source>%1

The new bundle will carry your workspace&apos;s signature, so its content would look vouched for. Re-seal it anyway? Its report and manifest will say what this bundle&apos;s verdict was.</source>
        <translation>%1

Das neue Paket trägt die Signatur Ihres Arbeitsbereichs, sein Inhalt sähe also verbürgt aus. Trotzdem neu versiegeln? Bericht und Manifest nennen dann das Urteil über dieses Paket.</translation>
    </message>
</context>
<context>
    <name>lethe::Cli</name>
    <message>
        <source>Run `lethe-cli --help` for the commands.</source>
        <translation>Mit `lethe-cli --help` erhalten Sie eine Übersicht der Befehle.</translation>
    </message>
    <message>
        <source>Lethe command line: %1</source>
        <translation>Lethe-Kommandozeile: %1</translation>
    </message>
    <message>
        <source>Workspace name (under the data folder) or folder path. Default: $LETHE_WORKSPACE or &quot;default&quot;.</source>
        <translation>Name des Arbeitsbereichs (im Datenordner) oder Ordnerpfad. Standard: $LETHE_WORKSPACE oder „default“.</translation>
    </message>
    <message>
        <source>name-or-path</source>
        <translation>Name-oder-Pfad</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Hilfe zu diesem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand.</source>
        <translation>„%1“ benötigt einen Unterbefehl.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Unbekannter Befehl „%1 %2“.</translation>
    </message>
    <message>
        <source>sqlite (default) or postgres.</source>
        <translation>sqlite (Standard) oder postgres.</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>PostgreSQL host.</source>
        <translation>PostgreSQL-Host.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>PostgreSQL port.</source>
        <translation>PostgreSQL-Port.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>PostgreSQL database.</source>
        <translation>PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PostgreSQL user.</source>
        <translation>PostgreSQL-Benutzer.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Keychain key that holds the PostgreSQL password.</source>
        <translation>Schlüssel des Schlüsselbund-Eintrags, der das PostgreSQL-Passwort enthält.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Workspace name or folder path.</source>
        <translation>Name des Arbeitsbereichs oder Ordnerpfad.</translation>
    </message>
    <message>
        <source>--engine: &quot;%1&quot; is not supported (expected sqlite or postgres).</source>
        <translation>--engine: „%1“ wird nicht unterstützt (zulässig: sqlite oder postgres).</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number.</source>
        <translation>--port: „%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>--%1: required for a PostgreSQL workspace.</source>
        <translation>--%1: für einen PostgreSQL-Arbeitsbereich erforderlich.</translation>
    </message>
    <message>
        <source>Created workspace %1 in %2 (%3).</source>
        <translation>Arbeitsbereich %1 in %2 angelegt (%3).</translation>
    </message>
    <message>
        <source>No workspaces in %1.</source>
        <translation>Keine Arbeitsbereiche in %1.</translation>
    </message>
    <message>
        <source>Subject:   %1</source>
        <translation>Person:    %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Received:  %1</source>
        <translation>Eingang:   %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Assignee:  %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>Products:  %1</source>
        <translation>Produkte:  %1</translation>
    </message>
    <message>
        <source>Note %1 by %2 at %3: %4</source>
        <translation>Notiz %1 von %2 am %3: %4</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Einer der Werte: %1.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>Date received (YYYY-MM-DD); default today.</source>
        <translation>Eingangsdatum (YYYY-MM-DD); Standard: heute.</translation>
    </message>
    <message>
        <source>Subject&apos;s email (repeatable).</source>
        <translation>E-Mail-Adresse der betroffenen Person (mehrfach möglich).</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Subject&apos;s phone in international format (repeatable).</source>
        <translation>Telefonnummer der betroffenen Person im internationalen Format (mehrfach möglich).</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Subject&apos;s user id in a product (repeatable).</source>
        <translation>Benutzer-ID der betroffenen Person in einem Produkt (mehrfach möglich).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Subject&apos;s name.</source>
        <translation>Name der betroffenen Person.</translation>
    </message>
    <message>
        <source>Product in scope (repeatable).</source>
        <translation>Einbezogenes Produkt (mehrfach möglich).</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Who works on it.</source>
        <translation>Wer die Anfrage bearbeitet.</translation>
    </message>
    <message>
        <source>Created %1, due %2.</source>
        <translation>%1 angelegt, fällig am %2.</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Nur dieser Status.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only this type.</source>
        <translation>Nur dieser Typ.</translation>
    </message>
    <message>
        <source>Only this regulation.</source>
        <translation>Nur dieses Regelwerk.</translation>
    </message>
    <message>
        <source>Only this assignee (empty: unassigned).</source>
        <translation>Nur diese/r Bearbeiter/in (leer: nicht zugewiesene).</translation>
    </message>
    <message>
        <source>Text in id, subject, identity or assignee.</source>
        <translation>Text in ID, betroffener Person, Identität oder Bearbeiter/in.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Only open requests.</source>
        <translation>Nur offene Anfragen.</translation>
    </message>
    <message>
        <source>Only overdue requests.</source>
        <translation>Nur überfällige Anfragen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>ÜBERF. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Request id, e.g. R-2026-0001.</source>
        <translation>Anfrage-ID, z. B. R-2026-0001.</translation>
    </message>
    <message>
        <source>requests show needs exactly one request id.</source>
        <translation>requests show benötigt genau eine Anfrage-ID.</translation>
    </message>
    <message>
        <source>New type.</source>
        <translation>Neuer Typ.</translation>
    </message>
    <message>
        <source>New regulation.</source>
        <translation>Neues Regelwerk.</translation>
    </message>
    <message>
        <source>Corrected date received.</source>
        <translation>Korrigiertes Eingangsdatum.</translation>
    </message>
    <message>
        <source>New assignee (empty to unassign).</source>
        <translation>Neue/r Bearbeiter/in (leer: Zuweisung aufheben).</translation>
    </message>
    <message>
        <source>Products in scope (repeatable; replaces the list).</source>
        <translation>Einbezogene Produkte (mehrfach möglich; ersetzt die bisherige Liste).</translation>
    </message>
    <message>
        <source>KIND:VALUE to add (repeatable).</source>
        <translation>Hinzuzufügende Identität als KIND:VALUE (mehrfach möglich).</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>KIND:VALUE to remove (repeatable).</source>
        <translation>Zu entfernende Identität als KIND:VALUE (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Request id.</source>
        <translation>Anfrage-ID.</translation>
    </message>
    <message>
        <source>requests update needs exactly one request id.</source>
        <translation>requests update benötigt genau eine Anfrage-ID.</translation>
    </message>
    <message>
        <source>Reason (required to deny).</source>
        <translation>Begründung (für eine Ablehnung erforderlich).</translation>
    </message>
    <message>
        <source>Request id and the new status (%1).</source>
        <translation>Anfrage-ID und neuer Status (%1).</translation>
    </message>
    <message>
        <source>requests transition needs a request id and a status.</source>
        <translation>requests transition benötigt eine Anfrage-ID und einen Status.</translation>
    </message>
    <message>
        <source>Why more time is needed (told to the subject).</source>
        <translation>Warum mehr Zeit benötigt wird (wird der betroffenen Person mitgeteilt).</translation>
    </message>
    <message>
        <source>requests extend needs exactly one request id.</source>
        <translation>requests extend benötigt genau eine Anfrage-ID.</translation>
    </message>
    <message>
        <source>Request id and the note.</source>
        <translation>Anfrage-ID und Text der Notiz.</translation>
    </message>
    <message>
        <source>requests note needs a request id and the note text.</source>
        <translation>requests note benötigt eine Anfrage-ID und den Text der Notiz.</translation>
    </message>
    <message>
        <source>Only events of this request.</source>
        <translation>Nur Ereignisse dieser Anfrage.</translation>
    </message>
    <message>
        <source>At most this many events (the latest).</source>
        <translation>Höchstens so viele Ereignisse (die neuesten).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number.</source>
        <translation>--limit: „%1“ ist keine positive Zahl.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n event(s) verified.</source>
        <translation>
            <numerusform>Prüfprotokoll intakt: %n Ereignis verifiziert.</numerusform>
            <numerusform>Prüfprotokoll intakt: %n Ereignisse verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log BROKEN at event %1: %2</source>
        <translation>Prüfprotokoll BESCHÄDIGT bei Ereignis %1: %2</translation>
    </message>
    <message>
        <source>Number of demo requests (default %1).</source>
        <translation>Anzahl der Demo-Anfragen (Standard: %1).</translation>
    </message>
    <message>
        <source>--count: &quot;%1&quot; must be between 1 and 1000000.</source>
        <translation>--count: „%1“ muss zwischen 1 und 1000000 liegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Due:       %1 (%2)</source>
        <translation>Fällig:    %1 (%2)</translation>
    </message>
    <message>
        <source>Extended:  %1</source>
        <translation>Verlängert: %1</translation>
    </message>
    <message>
        <source>Acknowledge receipt by %1</source>
        <translation>Eingangsbestätigung bis %1</translation>
    </message>
    <message numerus="yes">
        <source>Clock:     %1, stopped for %n day(s) in total</source>
        <translation>
            <numerusform>Fristlauf: %1, insgesamt %n Tag angehalten</numerusform>
            <numerusform>Fristlauf: %1, insgesamt %n Tage angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1 already holds %n request(s); demo data goes only into an empty workspace.</source>
        <translation>
            <numerusform>Arbeitsbereich %1 enthält bereits %n Anfrage; Demodaten kommen nur in einen leeren Arbeitsbereich.</numerusform>
            <numerusform>Arbeitsbereich %1 enthält bereits %n Anfragen; Demodaten kommen nur in einen leeren Arbeitsbereich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo workspace %1 holds %n request(s).</source>
        <translation>
            <numerusform>Der Demo-Arbeitsbereich %1 enthält %n Anfrage.</numerusform>
            <numerusform>Der Demo-Arbeitsbereich %1 enthält %n Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of %3.</source>
        <translation>--%1: „%2“ ist keiner der Werte %3.</translation>
    </message>
    <message>
        <source>--type: required (one of %1).</source>
        <translation>--type: erforderlich (einer der Werte %1).</translation>
    </message>
    <message>
        <source>--regulation: required (one of %1).</source>
        <translation>--regulation: erforderlich (einer der Werte %1).</translation>
    </message>
    <message>
        <source>status: &quot;%1&quot; is not one of %2.</source>
        <translation>status: „%1“ ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>The data map (YAML) to check.</source>
        <translation>Die zu prüfende Datenlandkarte (YAML).</translation>
    </message>
    <message>
        <source>datamap validate needs exactly one file.</source>
        <translation>datamap validate braucht genau eine Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid: system %2 (%3), %n table(s)</source>
        <translation>
            <numerusform>%1: gültig: System %2 (%3), %n Tabelle</numerusform>
            <numerusform>%1: gültig: System %2 (%3), %n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>%1: %n Problem; nichts wurde geändert.</numerusform>
            <numerusform>%1: %n Probleme; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: cannot read its password from the keychain: %2</source>
        <translation>Quelle „%1“: Das Passwort kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Where to write our data map.</source>
        <translation>Wohin die Datenlandkarte geschrieben wird.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The system&apos;s key (default: the first dataset&apos;s fides_key).</source>
        <translation>Der Schlüssel des Systems (Standard: fides_key des ersten Datensatzes).</translation>
    </message>
    <message>
        <source>The system&apos;s name (default: the first dataset&apos;s name).</source>
        <translation>Der Name des Systems (Standard: Name des ersten Datensatzes).</translation>
    </message>
    <message>
        <source>A purpose of processing (repeatable); Fides datasets carry none.</source>
        <translation>Ein Verarbeitungszweck (mehrfach möglich); Fides-Datensätze enthalten keine.</translation>
    </message>
    <message>
        <source>Overwrite the output file if it exists.</source>
        <translation>Die Ausgabedatei überschreiben, falls sie existiert.</translation>
    </message>
    <message>
        <source>Fides dataset YAML files.</source>
        <translation>Fides-Datensatzdateien (YAML).</translation>
    </message>
    <message>
        <source>datamap import-fides needs at least one Fides dataset file.</source>
        <translation>datamap import-fides braucht mindestens eine Fides-Datensatzdatei.</translation>
    </message>
    <message>
        <source>--out: required (the data map file to write).</source>
        <translation>--out: erforderlich (die zu schreibende Datenlandkarte).</translation>
    </message>
    <message>
        <source>--out: %1 exists; nothing was written (use --force to replace it).</source>
        <translation>--out: %1 existiert; nichts wurde geschrieben (mit --force ersetzen).</translation>
    </message>
    <message>
        <source>--out: cannot write %1: %2</source>
        <translation>--out: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Not carried over, or needing a decision:</source>
        <translation>Nicht übernommen oder zu entscheiden:</translation>
    </message>
    <message>
        <source>Check it with: lethe-cli datamap validate %1</source>
        <translation>Prüfen mit: lethe-cli datamap validate %1</translation>
    </message>
    <message>
        <source>Wrote %1 (datasets: %2, tables: %3, fields: %4).</source>
        <translation>%1 geschrieben (Datensätze: %2, Tabellen: %3, Felder: %4).</translation>
    </message>
    <message>
        <source>Search for this request&apos;s subject, and record the preview in its audit log.</source>
        <translation>Nach der betroffenen Person dieser Anfrage suchen und die Vorschau in ihrem Prüfprotokoll vermerken.</translation>
    </message>
    <message>
        <source>An email to search for (repeatable).</source>
        <translation>Eine zu suchende E-Mail-Adresse (mehrfach möglich).</translation>
    </message>
    <message>
        <source>A phone number to search for (repeatable).</source>
        <translation>Eine zu suchende Telefonnummer (mehrfach möglich).</translation>
    </message>
    <message>
        <source>A user id to search for (repeatable).</source>
        <translation>Eine zu suchende Benutzer-ID (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Rows to show per table (default 20); counts are always complete.</source>
        <translation>Anzuzeigende Zeilen pro Tabelle (Standard 20); die Anzahlen sind immer vollständig.</translation>
    </message>
    <message>
        <source>--rows: &quot;%1&quot; must be between 0 and 100000.</source>
        <translation>--rows: „%1“ muss zwischen 0 und 100000 liegen.</translation>
    </message>
    <message>
        <source>identities: give --request, or at least one --email, --phone or --user-id.</source>
        <translation>identities: Geben Sie --request oder mindestens eine --email, --phone oder --user-id an.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s)</source>
        <translation>
            <numerusform>%1 (%2): %n Zeile</numerusform>
            <numerusform>%1 (%2): %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation>FEHLER: %1</translation>
    </message>
    <message>
        <source>sqlite:PATH, postgres://USER@HOST:PORT/DB or mariadb://USER@HOST:PORT/DB (no password in it).</source>
        <translation>sqlite:PFAD, postgres://BENUTZER@HOST:PORT/DB oder mariadb://BENUTZER@HOST:PORT/DB (ohne Passwort).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keychain key that holds the database password.</source>
        <translation>Schlüsselbund-Schlüssel, der das Datenbankpasswort enthält.</translation>
    </message>
    <message>
        <source>Where to write the draft data map.</source>
        <translation>Wohin der Entwurf der Datenlandkarte geschrieben wird.</translation>
    </message>
    <message>
        <source>Values sampled per text column (default 100).</source>
        <translation>Stichprobenwerte pro Textspalte (Standard 100).</translation>
    </message>
    <message>
        <source>The system&apos;s key (default: from the database name).</source>
        <translation>Der Schlüssel des Systems (Standard: aus dem Datenbanknamen).</translation>
    </message>
    <message>
        <source>--sample: &quot;%1&quot; must be between 0 and 10000.</source>
        <translation>--sample: „%1“ muss zwischen 0 und 10000 liegen.</translation>
    </message>
    <message>
        <source>Wrote the draft %1. Review it, then: lethe-cli datamap validate %1 --live</source>
        <translation>Entwurf %1 geschrieben. Prüfen Sie ihn, dann: lethe-cli datamap validate %1 --live</translation>
    </message>
    <message>
        <source>Where the product databases go: sqlite (files in the workspace, the default), postgres or mariadb (with --connection).</source>
        <translation>Wohin die Produktdatenbanken kommen: sqlite (Dateien im Arbeitsbereich, Standard), postgres oder mariadb (mit --connection).</translation>
    </message>
    <message>
        <source>The server for postgres or mariadb: ENGINE://USER@HOST:PORT[/PREFIX]; each product gets its own database, named PREFIX_product.</source>
        <translation>Der Server für postgres oder mariadb: ENGINE://USER@HOST:PORT[/PREFIX]; jedes Produkt erhält eine eigene Datenbank namens PREFIX_produkt.</translation>
    </message>
    <message>
        <source>Keychain key that holds the server password.</source>
        <translation>Schlüsselbund-Schlüssel, unter dem das Serverpasswort liegt.</translation>
    </message>
    <message>
        <source>Drop the product tables first when they already exist on the server.</source>
        <translation>Die Produkttabellen zuerst löschen, wenn sie auf dem Server schon existieren.</translation>
    </message>
    <message>
        <source>--scale: &quot;%1&quot; must be between 1 and 1000.</source>
        <translation>--scale: „%1“ muss zwischen 1 und 1000 liegen.</translation>
    </message>
    <message>
        <source>--engine: &quot;%1&quot; must be sqlite, postgres or mariadb.</source>
        <translation>--engine: „%1“ muss sqlite, postgres oder mariadb sein.</translation>
    </message>
    <message>
        <source>--connection: required with --engine %1.</source>
        <translation>--connection: bei --engine %1 erforderlich.</translation>
    </message>
    <message>
        <source>--connection: the URL is for %1, but --engine says %2.</source>
        <translation>--connection: die URL ist für %1, --engine sagt aber %2.</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s) in %2</source>
        <translation>
            <numerusform>  %1: %n Zeile in %2</numerusform>
            <numerusform>  %1: %n Zeilen in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A data map of a system to search (repeatable). Default: every map in the workspace&apos;s datamaps folder.</source>
        <translation>Eine Datenkarte eines zu durchsuchenden Systems (wiederholbar). Standard: alle Karten im Ordner datamaps des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Size of the five demo product databases: 1 is about 150,000 rows in all, and rows grow in proportion (default 1).</source>
        <translation>Größe der fünf Demo-Produktdatenbanken: 1 sind etwa 150.000 Zeilen insgesamt, die Zeilen wachsen proportional (Standard 1).</translation>
    </message>
    <message>
        <source>Search the databases only, not the processors&apos; APIs.</source>
        <translation>Nur die Datenbanken durchsuchen, nicht die APIs der Auftragsverarbeiter.</translation>
    </message>
    <message>
        <source>manual task: %1: %2</source>
        <translation>manuelle Aufgabe: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n manual task(s) added to %1 (lethe-cli tasks list --request %1).</source>
        <translation>
            <numerusform>%n manuelle Aufgabe zu %1 hinzugefügt (lethe-cli tasks list --request %1).</numerusform>
            <numerusform>%n manuelle Aufgaben zu %1 hinzugefügt (lethe-cli tasks list --request %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>A connector definition (YAML).</source>
        <translation>Eine Konnektordefinition (YAML).</translation>
    </message>
    <message>
        <source>connectors validate needs exactly one FILE.</source>
        <translation>connectors validate braucht genau eine Datei (FILE).</translation>
    </message>
    <message>
        <source>%1: a valid connector for %2.</source>
        <translation>%1: ein gültiger Konnektor für %2.</translation>
    </message>
    <message>
        <source>The connector definition&apos;s key (connectors list).</source>
        <translation>Der Schlüssel der Konnektordefinition (connectors list).</translation>
    </message>
    <message>
        <source>Another base URL than the definition&apos;s (a region, the sandbox).</source>
        <translation>Eine andere Basis-URL als die der Definition (eine Region, die Sandbox).</translation>
    </message>
    <message>
        <source>A connection parameter (repeatable).</source>
        <translation>Ein Verbindungsparameter (mehrfach möglich).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>Name=Wert</translation>
    </message>
    <message>
        <source>Read the secret (API key or token) from standard input.</source>
        <translation>Den Zugangsschlüssel (API-Schlüssel oder Token) von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read the secret from this environment variable.</source>
        <translation>Den Zugangsschlüssel aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>var</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Replace a connection with the same key.</source>
        <translation>Eine Verbindung mit demselben Schlüssel ersetzen.</translation>
    </message>
    <message>
        <source>The connection&apos;s key, e.g. leadsgen-stripe.</source>
        <translation>Der Schlüssel der Verbindung, z. B. leadsgen-stripe.</translation>
    </message>
    <message>
        <source>connections add needs exactly one KEY.</source>
        <translation>connections add braucht genau einen Schlüssel (KEY).</translation>
    </message>
    <message>
        <source>--param: &quot;%1&quot; must be NAME=VALUE.</source>
        <translation>--param: „%1“ muss die Form NAME=VALUE haben.</translation>
    </message>
    <message>
        <source>the secret: give --secret-stdin or --secret-env VAR (never on the command line, where other users can see it).</source>
        <translation>Zugangsschlüssel: Geben Sie --secret-stdin oder --secret-env VAR an (nie auf der Kommandozeile, wo andere Benutzer ihn sehen können).</translation>
    </message>
    <message>
        <source>the secret is empty.</source>
        <translation>Der Zugangsschlüssel ist leer.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; exists; give --replace to replace it.</source>
        <translation>Die Verbindung „%1“ existiert bereits; geben Sie --replace an, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Connection %1 (%2) added; its secret is in the keychain as %3.</source>
        <translation>Verbindung %1 (%2) hinzugefügt; ihr Zugangsschlüssel liegt im Schlüsselbund unter %3.</translation>
    </message>
    <message>
        <source>No connections. Add one with: lethe-cli connections add KEY --connector C --secret-stdin</source>
        <translation>Keine Verbindungen. Legen Sie eine an mit: lethe-cli connections add KEY --connector C --secret-stdin</translation>
    </message>
    <message>
        <source>The connection to test.</source>
        <translation>Die zu testende Verbindung.</translation>
    </message>
    <message>
        <source>connections test needs exactly one KEY.</source>
        <translation>connections test braucht genau einen Schlüssel (KEY).</translation>
    </message>
    <message>
        <source>No connection &quot;%1&quot; in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Verbindung „%1“.</translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; is not installed.</source>
        <translation>Der Konnektor „%1“ ist nicht installiert.</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>Der Zugangsschlüssel von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>The connection to remove, with its secret.</source>
        <translation>Die zu entfernende Verbindung, samt Zugangsschlüssel.</translation>
    </message>
    <message>
        <source>connections remove needs exactly one KEY.</source>
        <translation>connections remove braucht genau einen Schlüssel (KEY).</translation>
    </message>
    <message>
        <source>lethe-cli: the connection is gone, but its secret could not be removed from the keychain: %1</source>
        <translation>lethe-cli: Die Verbindung ist entfernt, aber ihr Zugangsschlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Connection %1 removed, with its secret.</source>
        <translation>Verbindung %1 samt Zugangsschlüssel entfernt.</translation>
    </message>
    <message>
        <source>An email to look up (repeatable).</source>
        <translation>Eine abzufragende E-Mail-Adresse (mehrfach möglich).</translation>
    </message>
    <message>
        <source>A phone number to look up (repeatable).</source>
        <translation>Eine abzufragende Telefonnummer (mehrfach möglich).</translation>
    </message>
    <message>
        <source>A user id to look up (repeatable).</source>
        <translation>Eine abzufragende Benutzer-ID (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Records to show per lookup (default 20); counts are always complete.</source>
        <translation>Anzuzeigende Einträge pro Abfrage (Standard 20); die Anzahlen sind immer vollständig.</translation>
    </message>
    <message>
        <source>Connections to look up at (default: all).</source>
        <translation>Die abzufragenden Verbindungen (Standard: alle).</translation>
    </message>
    <message>
        <source>identities: give at least one --email, --phone or --user-id.</source>
        <translation>identities: Geben Sie mindestens eine --email, --phone oder --user-id an.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; uses the connector &quot;%2&quot;, which is not installed.</source>
        <translation>Die Verbindung „%1“ verwendet den Konnektor „%2“, der nicht installiert ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n record(s), %3 call(s) in %4 ms</source>
        <translation>
            <numerusform>%1 (%2): %n Eintrag, %3 Aufruf(e) in %4 ms</numerusform>
            <numerusform>%1 (%2): %n Einträge, %3 Aufruf(e) in %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The ports file a running lethe-sandbox wrote (--ports-file).</source>
        <translation>Die Portdatei, die eine laufende lethe-sandbox geschrieben hat (--ports-file).</translation>
    </message>
    <message>
        <source>--ports-file: cannot read &quot;%1&quot;: %2</source>
        <translation>--ports-file: „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This build carries no sandbox connection template.</source>
        <translation>Dieser Build enthält keine Verbindungsvorlage für die Sandbox.</translation>
    </message>
    <message numerus="yes">
        <source>%n processor connection(s) now point at the sandbox.</source>
        <translation>
            <numerusform>%n Verbindung zu einem Auftragsverarbeiter zeigt jetzt auf die Sandbox.</numerusform>
            <numerusform>%n Verbindungen zu Auftragsverarbeitern zeigen jetzt auf die Sandbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request.</source>
        <translation>Die Anfrage.</translation>
    </message>
    <message>
        <source>tasks list needs --request ID.</source>
        <translation>tasks list braucht --request ID.</translation>
    </message>
    <message>
        <source>done by %1 on %2: %3</source>
        <translation>erledigt von %1 am %2: %3</translation>
    </message>
    <message>
        <source>No manual tasks. A preview of the request adds those its data maps name.</source>
        <translation>Keine manuellen Aufgaben. Eine Vorschau der Anfrage legt die Aufgaben an, die ihre Datenlandkarten nennen.</translation>
    </message>
    <message>
        <source>What was done, and the answer received.</source>
        <translation>Was getan wurde und welche Antwort einging.</translation>
    </message>
    <message>
        <source>A file that proves it (copied into the workspace, with its SHA-256).</source>
        <translation>Eine Datei als Nachweis (wird mit ihrem SHA-256 in den Arbeitsbereich kopiert).</translation>
    </message>
    <message>
        <source>The task&apos;s number (tasks list).</source>
        <translation>Die Nummer der Aufgabe (tasks list).</translation>
    </message>
    <message>
        <source>tasks complete needs a TASK number and --request ID.</source>
        <translation>tasks complete braucht eine Aufgabennummer (TASK) und --request ID.</translation>
    </message>
    <message>
        <source>TASK: &quot;%1&quot; is not a task number.</source>
        <translation>TASK: „%1“ ist keine Aufgabennummer.</translation>
    </message>
    <message>
        <source>Task %1 (%2) done.</source>
        <translation>Aufgabe %1 (%2) erledigt.</translation>
    </message>
    <message>
        <source>(erasable from %1)</source>
        <translation>(löschbar ab %1)</translation>
    </message>
    <message>
        <source>(erasable from %1 to %2, row by row)</source>
        <translation>(löschbar zwischen %1 und %2, je nach Zeile)</translation>
    </message>
    <message>
        <source>The erasure request.</source>
        <translation>Die Löschanfrage.</translation>
    </message>
    <message>
        <source>Make the plan: what will be erased, kept and why, with its digest.</source>
        <translation>Den Plan erstellen: was gelöscht und was behalten wird und warum, mit seinem Digest.</translation>
    </message>
    <message>
        <source>Approve the plan with --digest (a second officer, under four eyes).</source>
        <translation>Den Plan mit --digest freigeben (durch eine zweite Person mit der Rolle Datenschutzbeauftragte, nach dem Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>Run the plan with --digest, if the data has not changed since.</source>
        <translation>Den Plan mit --digest ausführen, sofern sich die Daten seitdem nicht geändert haben.</translation>
    </message>
    <message>
        <source>Resume an erasure that was stopped or killed (--run-id, or the only one).</source>
        <translation>Eine angehaltene oder abgebrochene Löschung fortsetzen (--run-id oder die einzige wartende).</translation>
    </message>
    <message>
        <source>Show the request&apos;s erasure reports.</source>
        <translation>Die Löschberichte der Anfrage anzeigen.</translation>
    </message>
    <message>
        <source>The plan&apos;s digest, as --plan printed it.</source>
        <translation>Der Digest des Plans, wie --plan ihn ausgegeben hat.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>The erasure run to resume.</source>
        <translation>Der fortzusetzende Löschlauf.</translation>
    </message>
    <message>
        <source>Include rows and records found from a phone number alone (a shared line would include colleagues: check the preview first).</source>
        <translation>Zeilen und Einträge einbeziehen, die nur über eine Telefonnummer gefunden wurden (bei einem gemeinsam genutzten Anschluss wären auch Kolleginnen und Kollegen betroffen: prüfen Sie zuerst die Vorschau).</translation>
    </message>
    <message>
        <source>erase needs exactly one of --plan, --approve, --run, --resume or --report.</source>
        <translation>erase braucht genau eine der Optionen --plan, --approve, --run, --resume oder --report.</translation>
    </message>
    <message>
        <source>--batch-size: &quot;%1&quot; must be between 1 and 100000.</source>
        <translation>--batch-size: „%1“ muss zwischen 1 und 100000 liegen.</translation>
    </message>
    <message>
        <source>erase --%1 needs --request.</source>
        <translation>erase --%1 braucht --request.</translation>
    </message>
    <message>
        <source>erase --%1 needs --digest: the digest --plan printed, so what runs is what was shown.</source>
        <translation>erase --%1 braucht --digest: den Digest, den --plan ausgegeben hat, damit genau das ausgeführt wird, was angezeigt wurde.</translation>
    </message>
    <message>
        <source>run %1: %2, plan %3 by %4</source>
        <translation>Lauf %1: %2, Plan %3 von %4</translation>
    </message>
    <message>
        <source>%1: plan %2 approved by %3.</source>
        <translation>%1: Plan %2 freigegeben von %3.</translation>
    </message>
    <message>
        <source>%1: erased. %2 rows deleted, %3 updated, %4 kept; processors: %5 done, %6 failed.</source>
        <translation>%1: gelöscht. %2 Zeilen gelöscht, %3 geändert, %4 behalten; Auftragsverarbeiter: %5 erledigt, %6 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No erasure is waiting to be resumed.</source>
        <translation>Keine Löschung wartet darauf, fortgesetzt zu werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n erasures are waiting; choose one with --run-id.</source>
        <translation>
            <numerusform>%n Löschung wartet; wählen Sie eine mit --run-id aus.</numerusform>
            <numerusform>%n Löschungen warten; wählen Sie eine mit --run-id aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasure plan for %1 (%2)</source>
        <translation>Löschplan für %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>first null %1.%2.%3 in %n row(s) (breaks a cycle)</source>
        <translation>
            <numerusform>zuerst %1.%2.%3 in %n Zeile auf NULL setzen (löst einen Zyklus auf)</numerusform>
            <numerusform>zuerst %1.%2.%3 in %n Zeilen auf NULL setzen (löst einen Zyklus auf)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n row(s)</source>
        <translation>
            <numerusform>%n Zeile löschen</numerusform>
            <numerusform>%n Zeilen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>update %n row(s): %1</source>
        <translation>
            <numerusform>%n Zeile ändern: %1</numerusform>
            <numerusform>%n Zeilen ändern: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to erase</source>
        <translation>nichts zu löschen</translation>
    </message>
    <message numerus="yes">
        <source>keep %n row(s): </source>
        <translation>
            <numerusform>%n Zeile behalten: </numerusform>
            <numerusform>%n Zeilen behalten: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) (%2)</source>
        <translation>
            <numerusform>%1: %n Eintrag (%2)</numerusform>
            <numerusform>%1: %n Einträge (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left alone: %n record(s) found from a phone number alone</source>
        <translation>
            <numerusform>unberührt: %n Eintrag, nur über eine Telefonnummer gefunden</numerusform>
            <numerusform>unberührt: %n Einträge, nur über eine Telefonnummer gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the processor keeps: %1</source>
        <translation>der Auftragsverarbeiter bewahrt auf: %1</translation>
    </message>
    <message>
        <source>Totals: delete %1 rows, update %2, keep %3, %4 processor records, %5 manual tasks.</source>
        <translation>Insgesamt: %1 Zeilen löschen, %2 ändern, %3 behalten, %4 Einträge bei Auftragsverarbeitern, %5 manuelle Aufgaben.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) or record(s) were found from a phone number alone and are left alone; check them in the preview, then plan with --confirm-phone-matches to include them.</source>
        <translation>
            <numerusform>%n Treffer (Zeile oder Eintrag) wurde nur über eine Telefonnummer gefunden und bleibt unberührt; prüfen Sie ihn in der Vorschau, und erstellen Sie den Plan dann mit --confirm-phone-matches, um ihn einzubeziehen.</numerusform>
            <numerusform>%n Treffer (Zeilen oder Einträge) wurden nur über eine Telefonnummer gefunden und bleiben unberührt; prüfen Sie sie in der Vorschau, und erstellen Sie den Plan dann mit --confirm-phone-matches, um sie einzubeziehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>PROBLEM: %1</translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation>Digest: %1</translation>
    </message>
    <message>
        <source>officer, support or reviewer.</source>
        <translation>officer (Datenschutzbeauftragte), support (Support-Leitung) oder reviewer (Prüfer).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>The user&apos;s login name.</source>
        <translation>Der Anmeldename des Benutzers.</translation>
    </message>
    <message>
        <source>users add needs exactly one name.</source>
        <translation>users add braucht genau einen Namen.</translation>
    </message>
    <message>
        <source>--role: &quot;%1&quot; is not one of officer, support, reviewer.</source>
        <translation>--role: „%1“ ist keiner der Werte officer, support, reviewer.</translation>
    </message>
    <message>
        <source>No users listed: whoever opens the workspace is an officer.</source>
        <translation>Keine Benutzer eingetragen: Wer den Arbeitsbereich öffnet, hat die Rolle Datenschutzbeauftragte.</translation>
    </message>
    <message>
        <source>users remove needs exactly one name.</source>
        <translation>users remove braucht genau einen Namen.</translation>
    </message>
    <message>
        <source>Whether a second officer must approve each erasure.</source>
        <translation>Ob jede Löschung von einer zweiten Person mit der Rolle Datenschutzbeauftragte freigegeben werden muss (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>workspace four-eyes needs on or off.</source>
        <translation>workspace four-eyes braucht on oder off.</translation>
    </message>
    <message>
        <source>%1 now has the role &quot;%2&quot;.</source>
        <translation>%1 hat jetzt die Rolle „%2“.</translation>
    </message>
    <message>
        <source>Workspace %1 has no signing key yet; the first export makes one.</source>
        <translation>Der Arbeitsbereich %1 hat noch keinen Signaturschlüssel; der erste Export erzeugt einen.</translation>
    </message>
    <message>
        <source>The access or portability request.</source>
        <translation>Die Anfrage auf Auskunft oder Datenübertragbarkeit.</translation>
    </message>
    <message>
        <source>The databases only, not the processors&apos; APIs.</source>
        <translation>Nur die Datenbanken, nicht die APIs der Auftragsverarbeiter.</translation>
    </message>
    <message>
        <source>export needs --request and --out.</source>
        <translation>export braucht --request und --out.</translation>
    </message>
    <message>
        <source>%1: %2 rows in %3 tables, signed by key %4.</source>
        <translation>%1: %2 Zeilen in %3 Tabellen, signiert mit Schlüssel %4.</translation>
    </message>
    <message>
        <source>Lethe workspace %1 public key %2</source>
        <translation>Lethe-Arbeitsbereich %1, öffentlicher Schlüssel %2</translation>
    </message>
    <message>
        <source>A minisign public key file to trust instead of the workspace&apos;s.</source>
        <translation>Eine Datei mit einem öffentlichen minisign-Schlüssel, der statt dem des Arbeitsbereichs als vertrauenswürdig gilt.</translation>
    </message>
    <message>
        <source>--key: cannot read %1.</source>
        <translation>--key: %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The folder to extract into (new or empty).</source>
        <translation>Der Ordner, in den entpackt wird (neu oder leer).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The bundle.</source>
        <translation>Das Exportpaket.</translation>
    </message>
    <message>
        <source>bundle %1 needs exactly one bundle.</source>
        <translation>bundle %1 braucht genau ein Exportpaket.</translation>
    </message>
    <message>
        <source>bundle extract needs --to FOLDER.</source>
        <translation>bundle extract braucht --to ORDNER.</translation>
    </message>
    <message>
        <source>Request %1 (%2, %3), made %4 by %5: %6 rows in %7 tables.</source>
        <translation>Anfrage %1 (%2, %3), erstellt %4 von %5: %6 Zeilen in %7 Tabellen.</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --recipient or --recipients-file: age allows a passphrase only on its own.</source>
        <translation>--%1 kann nicht mit --recipient oder --recipients-file kombiniert werden: age erlaubt eine Passphrase nur allein.</translation>
    </message>
    <message>
        <source>Encrypt with age, to the passphrase on the first line of this file.</source>
        <translation>Mit age verschlüsseln, mit der Passphrase aus der ersten Zeile dieser Datei.</translation>
    </message>
    <message>
        <source>Encrypt with age, to this public key; repeatable.</source>
        <translation>Mit age für diesen öffentlichen Schlüssel verschlüsseln; mehrfach möglich.</translation>
    </message>
    <message>
        <source>age1...</source>
        <translation>age1...</translation>
    </message>
    <message>
        <source>Encrypt with age, to the public keys in this file (one a line, # comments).</source>
        <translation>Mit age für die öffentlichen Schlüssel in dieser Datei verschlüsseln (einer pro Zeile, # für Kommentare).</translation>
    </message>
    <message>
        <source>An encrypted (age) bundle&apos;s passphrase: the first line of this file.</source>
        <translation>Die Passphrase eines verschlüsselten Exportpakets (age): die erste Zeile dieser Datei.</translation>
    </message>
    <message>
        <source>An encrypted (age) bundle&apos;s identity file (age-keygen&apos;s AGE-SECRET-KEY-1... lines); repeatable.</source>
        <translation>Die Identitätsdatei eines verschlüsselten Exportpakets (age), mit Zeilen AGE-SECRET-KEY-1... von age-keygen; mehrfach möglich.</translation>
    </message>
    <message>
        <source>The bundle to write (a .zip, or .zip.age when encrypted; it must not exist yet).</source>
        <translation>Das zu schreibende Exportpaket (eine .zip, verschlüsselt eine .zip.age; sie darf noch nicht existieren).</translation>
    </message>
    <message>
        <source>Encrypted with age to the passphrase.</source>
        <translation>Mit age per Passphrase verschlüsselt.</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted with age to %n recipient(s).</source>
        <translation>
            <numerusform>Mit age für %n Empfänger verschlüsselt.</numerusform>
            <numerusform>Mit age für %n Empfänger verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>Nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>A JSON file listing what to withhold: objects with scope (row, cell, text, anywhere), file, row (from 1), column, text and reason.</source>
        <translation>Eine JSON-Datei mit dem, was zurückgehalten wird: Objekte mit scope (row, cell, text, anywhere), file, row (ab 1), column, text und reason.</translation>
    </message>
    <message>
        <source>The new bundle (it must not exist yet); the original is not changed.</source>
        <translation>Das neue Exportpaket (es darf noch nicht existieren); das Original wird nicht verändert.</translation>
    </message>
    <message>
        <source>bundle redact needs one bundle, --redactions FILE and --out FILE.</source>
        <translation>bundle redact braucht ein Exportpaket, --redactions DATEI und --out DATEI.</translation>
    </message>
    <message>
        <source>--redactions: cannot read %1.</source>
        <translation>--redactions: %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: %2 redactions applied (%3 cells), signed by key %4. The original is unchanged.</source>
        <translation>%1: %2 Schwärzungen angewendet (%3 Zellen), signiert mit Schlüssel %4. Das Original ist unverändert.</translation>
    </message>
    <message>
        <source>Show deadlines as of this date (YYYY-MM-DD). Only for requests list and requests show: plans, retention and the audit log always use the system clock.</source>
        <translation>Fristen zu diesem Datum anzeigen (JJJJ-MM-TT). Nur für requests list und requests show: Pläne, Aufbewahrung und das Audit-Protokoll verwenden immer die Systemuhr.</translation>
    </message>
    <message>
        <source>--today only changes how deadlines are shown (requests list, requests show); &quot;%1&quot; uses the system clock, because its plans, retention dates and audit events must follow the real date. Run it without --today.</source>
        <translation>--today ändert nur, wie Fristen angezeigt werden (requests list, requests show); „%1“ verwendet die Systemuhr, weil seine Pläne, Aufbewahrungsfristen und Audit-Ereignisse dem wirklichen Datum folgen müssen. Führen Sie den Befehl ohne --today aus.</translation>
    </message>
    <message>
        <source>Exit code 8: incomplete; the command ran, but part of it failed (preview: the search in a table), and the output says which.</source>
        <translation>Exit-Code 8: unvollständig; der Befehl lief, aber ein Teil schlug fehl (preview: die Suche in einer Tabelle), und die Ausgabe sagt, welcher.</translation>
    </message>
    <message>
        <source>--today DATE shows deadlines as of DATE in requests list and requests show only; every other command refuses it (exit 1).</source>
        <translation>--today DATUM zeigt Fristen zum DATUM nur in requests list und requests show; jeder andere Befehl lehnt es ab (Exit-Code 1).</translation>
    </message>
    <message>
        <source>Also check that every table and column exists in the live databases and that every erasure strategy fits its column.</source>
        <translation>Außerdem prüfen, dass jede Tabelle und Spalte in den Live-Datenbanken existiert und jede Löschstrategie zu ihrer Spalte passt.</translation>
    </message>
    <message>
        <source>the preview is incomplete: the search failed in %1 (the error is given with each table).</source>
        <translation>die Vorschau ist unvollständig: die Suche ist in %1 fehlgeschlagen (der Fehler steht bei jeder Tabelle).</translation>
    </message>
    <message>
        <source>The workspace&apos;s public key could not be read, so no verdict can say &quot;trusted&quot;: %1</source>
        <translation>Der öffentliche Schlüssel des Arbeitsbereichs konnte nicht gelesen werden, daher kann kein Urteil „vertrauenswürdig“ lauten: %1</translation>
    </message>
    <message>
        <source>Extract even a bundle that is not trusted (unknown key, unsigned, or tampered), to look at it.</source>
        <translation>Auch ein nicht vertrauenswürdiges Paket entpacken (unbekannter Schlüssel, unsigniert oder verändert), um es anzusehen.</translation>
    </message>
    <message>
        <source>--to: %1 exists and is not an empty folder.</source>
        <translation>--to: %1 existiert und ist kein leerer Ordner.</translation>
    </message>
    <message>
        <source>--to: cannot make a folder in %1.</source>
        <translation>--to: In %1 kann kein Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>--to: cannot move the files into %1.</source>
        <translation>--to: Die Dateien können nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Nothing was extracted: %1 Give --force to extract it anyway.</source>
        <translation>Es wurde nichts entpackt: %1 Mit --force wird es trotzdem entpackt.</translation>
    </message>
    <message>
        <source>Re-seal a bundle not signed by a trusted key (unknown key or unsigned); the new bundle says what the original&apos;s verdict was.</source>
        <translation>Ein Paket neu versiegeln, das nicht mit einem vertrauenswürdigen Schlüssel signiert ist (unbekannter Schlüssel oder unsigniert); das neue Paket nennt das Urteil über das Original.</translation>
    </message>
    <message>
        <source>Write an encrypted original&apos;s new bundle unencrypted (by default it stays encrypted, to the same passphrase or keys).</source>
        <translation>Das neue Paket eines verschlüsselten Originals unverschlüsselt schreiben (standardmäßig bleibt es verschlüsselt, mit derselben Passphrase oder denselben Schlüsseln).</translation>
    </message>
    <message>
        <source>--decrypt writes the new bundle unencrypted; it cannot be combined with an encryption.</source>
        <translation>--decrypt schreibt das neue Paket unverschlüsselt; es lässt sich nicht mit einer Verschlüsselung kombinieren.</translation>
    </message>
    <message>
        <source>%1 The original is encrypted, so the new bundle stays encrypted; give --decrypt to write it unencrypted.</source>
        <translation>%1 Das Original ist verschlüsselt, daher bleibt das neue Paket verschlüsselt; mit --decrypt wird es unverschlüsselt geschrieben.</translation>
    </message>
    <message>
        <source>Rows per transaction (default 1000), for --run; a resumed run keeps the layout it started with.</source>
        <translation>Zeilen pro Transaktion (Standard 1000), für --run; ein fortgesetzter Lauf behält die Aufteilung, mit der er begann.</translation>
    </message>
    <message>
        <source>erase --resume takes no --batch-size: a run resumes with the batch layout stored when it started, so every journal line means the same rows.</source>
        <translation>erase --resume nimmt kein --batch-size: Ein Lauf wird mit der beim Start gespeicherten Stapelaufteilung fortgesetzt, damit jede Journalzeile dieselben Zeilen meint.</translation>
    </message>
    <message>
        <source>Verified: every planned row is gone or holds its erased values, every table affected exactly the planned rows, and a new search finds nothing but the rows the plan keeps.</source>
        <translation>Geprüft: Jede geplante Zeile ist entfernt oder enthält ihre gelöschten Werte, jede Tabelle hat genau die geplanten Zeilen betroffen, und eine neue Suche findet nur die Zeilen, die der Plan aufbewahrt.</translation>
    </message>
    <message>
        <source>NOT verified:</source>
        <translation>NICHT bestätigt:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n near match(es), not the subject&apos;s (not erased)</source>
        <translation>
            <numerusform>%1: %n ähnlicher Treffer, nicht der betroffenen Person (nicht gelöscht)</numerusform>
            <numerusform>%1: %n ähnliche Treffer, nicht der betroffenen Person (nicht gelöscht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n related row(s): the subject&apos;s rows point at them; not the subject&apos;s own, left as they are</source>
        <translation>
            <numerusform>%n verbundene Zeile: Zeilen der betroffenen Person verweisen darauf; nicht ihre eigene, bleibt unverändert</numerusform>
            <numerusform>%n verbundene Zeilen: Zeilen der betroffenen Person verweisen darauf; nicht ihre eigenen, bleiben unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shared with %n other row(s)</source>
        <translation>
            <numerusform>geteilt mit %n anderen Zeile</numerusform>
            <numerusform>geteilt mit %n anderen Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: reached through one of the subject&apos;s rows, but they also point at a row that is not the subject&apos;s</source>
        <translation>
            <numerusform>%n Zeile ausgelassen: über eine Zeile der betroffenen Person erreicht, verweist aber auch auf eine Zeile, die nicht ihr gehört</numerusform>
            <numerusform>%n Zeilen ausgelassen: über eine Zeile der betroffenen Person erreicht, verweisen aber auch auf eine Zeile, die nicht ihr gehört</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n held about other people)</source>
        <translation>
            <numerusform>(%n über andere Personen gespeichert)</numerusform>
            <numerusform>(%n über andere Personen gespeichert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include rows held in the subject&apos;s account about other people (their leads or contacts, messages sent to them), which an access bundle leaves out (GDPR Art. 15(4)). Needs --reason.</source>
        <translation>Zeilen aufnehmen, die im Konto der betroffenen Person über andere Personen gespeichert sind (ihre Leads oder Kontakte, Nachrichten an sie), die ein Auskunftspaket sonst auslässt (DSGVO Art. 15 Abs. 4). Braucht --reason.</translation>
    </message>
    <message>
        <source>Why data about other people is included; kept in the bundle and the audit log.</source>
        <translation>Warum Daten über andere Personen aufgenommen werden; im Paket und im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>--include-others needs --reason: why other people&apos;s data goes into this bundle.</source>
        <translation>--include-others braucht --reason: warum Daten anderer Personen in dieses Paket kommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) held in the subject&apos;s account about other people were left out (GDPR Art. 15(4)); --include-others --reason &quot;...&quot; includes them.</source>
        <translation>
            <numerusform>%n Zeile, die im Konto der betroffenen Person über andere Personen gespeichert ist, wurde ausgelassen (DSGVO Art. 15 Abs. 4); --include-others --reason &quot;...&quot; nimmt sie auf.</numerusform>
            <numerusform>%n Zeilen, die im Konto der betroffenen Person über andere Personen gespeichert sind, wurden ausgelassen (DSGVO Art. 15 Abs. 4); --include-others --reason &quot;...&quot; nimmt sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The controller&apos;s (the company&apos;s) legal name.</source>
        <translation>Der rechtliche Name des Verantwortlichen (des Unternehmens).</translation>
    </message>
    <message>
        <source>How the subject reaches the controller: postal address, email address.</source>
        <translation>Wie die betroffene Person den Verantwortlichen erreicht: Postanschrift, E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>How to reach the data protection officer, if there is one.</source>
        <translation>Wie der oder die Datenschutzbeauftragte erreichbar ist, falls es eine(n) gibt.</translation>
    </message>
    <message>
        <source>The GDPR supervisory authority named in reports (the ICO is named for the UK GDPR).</source>
        <translation>Die in Berichten genannte Aufsichtsbehörde nach der DSGVO (für die UK GDPR wird das ICO genannt).</translation>
    </message>
    <message>
        <source>Where the subject complains to that authority.</source>
        <translation>Wo die betroffene Person sich bei dieser Behörde beschwert.</translation>
    </message>
    <message>
        <source>--%1: at most 1000 characters, without control characters.</source>
        <translation>--%1: höchstens 1000 Zeichen, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>The country a phone number typed without its country code belongs to (ISO 3166, such as DE, GB or US); none: only international numbers (+44 ...) are accepted. Without an argument: shows it.</source>
        <translation>Das Land, zu dem eine ohne Ländervorwahl eingegebene Telefonnummer gehört (ISO 3166, etwa DE, GB oder US); none: nur internationale Nummern (+44 ...) werden angenommen. Ohne Argument: zeigt es an.</translation>
    </message>
    <message>
        <source>workspace phone-region takes one region, or none.</source>
        <translation>workspace phone-region nimmt eine Region oder none.</translation>
    </message>
    <message>
        <source>none (international numbers only)</source>
        <translation>keine (nur internationale Nummern)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s) of personal data with no erasure strategy: an erasure keeps their rows.</source>
        <translation>
            <numerusform>%1: %n Tabelle mit personenbezogenen Daten ohne Löschstrategie: Eine Löschung behält ihre Zeilen.</numerusform>
            <numerusform>%1: %n Tabellen mit personenbezogenen Daten ohne Löschstrategie: Eine Löschung behält ihre Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>WARNUNG: %1</translation>
    </message>
    <message numerus="yes">
        <source>WARNING: %n table(s) keep the subject&apos;s rows because the data map gives them no erasure strategy; set one (erasure: on fields, or erase: rows) and plan again.</source>
        <translation>
            <numerusform>WARNUNG: %n Tabelle behält die Zeilen der betroffenen Person, weil die Datenkarte ihr keine Löschstrategie gibt; legen Sie eine fest (erasure: an Feldern oder erase: rows) und planen Sie erneut.</numerusform>
            <numerusform>WARNUNG: %n Tabellen behalten die Zeilen der betroffenen Person, weil die Datenkarte ihnen keine Löschstrategie gibt; legen Sie eine fest (erasure: an Feldern oder erase: rows) und planen Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n related: rows the subject&apos;s rows point at that nothing staying points at</source>
        <translation>
            <numerusform>%n verbundene: eine Zeile, auf die Zeilen der betroffenen Person verweisen und keine bleibende Zeile</numerusform>
            <numerusform>%n verbundene: Zeilen, auf die Zeilen der betroffenen Person verweisen und keine bleibende Zeile</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock:     running again from %1, when the answer arrived (UK GDPR Art. 12A)</source>
        <translation>Fristlauf: neu ab %1, als die Antwort einging (UK GDPR Art. 12A)</translation>
    </message>
    <message>
        <source>Calendar:  %1</source>
        <translation>Kalender:  %1</translation>
    </message>
    <message>
        <source>weekends only (no &quot;established in&quot; set)</source>
        <translation>nur Wochenenden (keine Niederlassung gesetzt)</translation>
    </message>
    <message>
        <source>%1 (this request&apos;s)</source>
        <translation>%1 (dieser Anfrage)</translation>
    </message>
    <message>
        <source>Clock:     running again from %1, when the answer arrived (workspace rule: restart)</source>
        <translation>Frist:     läuft neu ab %1, als die Antwort kam (Regel des Arbeitsbereichs: Neubeginn)</translation>
    </message>
    <message>
        <source>Denied:    %1 (%2)</source>
        <translation>Abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>no reason code recorded</source>
        <translation>kein Ablehnungsgrund erfasst</translation>
    </message>
    <message>
        <source>Exemption: %1</source>
        <translation>Ausnahme: %1</translation>
    </message>
    <message>
        <source>In part:   withheld %1, because %2</source>
        <translation>Teilweise: zurückgehalten %1, weil %2</translation>
    </message>
    <message>
        <source>Waiting:   for the subject&apos;s clarification; then back to %1</source>
        <translation>Wartet:   auf die Klarstellung der betroffenen Person; danach zurück zu %1</translation>
    </message>
    <message>
        <source>Fee:       %1 %2 (%3)</source>
        <translation>Gebühr:    %1 %2 (%3)</translation>
    </message>
    <message>
        <source>The law&apos;s type. GDPR and UK GDPR: %1. CCPA: %2.</source>
        <translation>Die Art des Antrags nach dem Gesetz. DSGVO und UK GDPR: %1. CCPA: %2.</translation>
    </message>
    <message>
        <source>The holiday calendar of where the controller is established for this request (GDPR, UK GDPR), overriding the workspace&apos;s; see calendars list.</source>
        <translation>Der Feiertagskalender der Niederlassung des Verantwortlichen für diese Anfrage (DSGVO, UK GDPR), statt des Kalenders des Arbeitsbereichs; siehe calendars list.</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>This request&apos;s holiday calendar (see calendars list); none: the workspace&apos;s.</source>
        <translation>Der Feiertagskalender dieser Anfrage (siehe calendars list); none: der des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The exemption relied on (with --code exemption).</source>
        <translation>Die herangezogene Ausnahme (mit --code exemption).</translation>
    </message>
    <message>
        <source>Completed in part: what was withheld.</source>
        <translation>Teilweise erledigt: was zurückgehalten wurde.</translation>
    </message>
    <message>
        <source>Completed in part: why it was withheld.</source>
        <translation>Teilweise erledigt: warum es zurückgehalten wurde.</translation>
    </message>
    <message>
        <source>The amount charged, such as 25 or 12.50.</source>
        <translation>Der berechnete Betrag, etwa 25 oder 12.50.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, such as EUR.</source>
        <translation>Währungscode nach ISO 4217, etwa EUR.</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Warum: %1.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>requests fee needs exactly one request id.</source>
        <translation>requests fee braucht genau eine Antragsnummer.</translation>
    </message>
    <message>
        <source>--reason: required (one of %1).</source>
        <translation>--reason: erforderlich (eines von %1).</translation>
    </message>
    <message>
        <source>Calendar year (default: this year).</source>
        <translation>Kalenderjahr (Vorgabe: dieses Jahr).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Only requests under this regulation (CCPA 7102 allows all requests or Californians&apos; only).</source>
        <translation>Nur Anfragen nach dieser Rechtsgrundlage (CCPA 7102 erlaubt alle Anfragen oder nur die von Kaliforniern).</translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180): the 7102 table, the months, the days to respond.</source>
        <translation>CSV ausgeben (RFC 4180): die 7102-Tabelle, die Monate, die Tage bis zur Antwort.</translation>
    </message>
    <message>
        <source>report metrics takes no arguments, only options.</source>
        <translation>report metrics nimmt keine Argumente, nur Optionen.</translation>
    </message>
    <message>
        <source>--json and --csv: choose one.</source>
        <translation>--json und --csv: bitte eines wählen.</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year such as %2.</source>
        <translation>--year: „%1“ ist keine Jahreszahl wie %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) with a type, regulation or status this version does not know are left out.</source>
        <translation>
            <numerusform>%n Anfrage mit einer Art, Rechtsgrundlage oder einem Status, die diese Version nicht kennt, ist nicht berücksichtigt.</numerusform>
            <numerusform>%n Anfragen mit einer Art, Rechtsgrundlage oder einem Status, die diese Version nicht kennt, sind nicht berücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the controller is established: the holiday calendar GDPR and UK GDPR deadlines roll over (calendars list shows the ids, such as DE-BY or GB-SCT); none: GDPR weekends only, UK GDPR England and Wales. CCPA always counts California&apos;s business days. Without an argument: shows it.</source>
        <translation>Wo der Verantwortliche niedergelassen ist: der Feiertagskalender, über den sich Fristen nach DSGVO und UK GDPR verschieben (calendars list zeigt die Kennungen, etwa DE-BY oder GB-SCT); none: DSGVO nur Wochenenden, UK GDPR England und Wales. Die CCPA zählt immer Kaliforniens Geschäftstage. Ohne Argument: zeigt die Einstellung.</translation>
    </message>
    <message>
        <source>workspace established-in takes one calendar, or none.</source>
        <translation>workspace established-in nimmt einen Kalender, oder none.</translation>
    </message>
    <message>
        <source>none (GDPR: weekends only; UK GDPR: England and Wales; CCPA: California)</source>
        <translation>keine (DSGVO: nur Wochenenden; UK GDPR: England und Wales; CCPA: Kalifornien)</translation>
    </message>
    <message>
        <source>What asking an EU GDPR subject for identity or clarification does to the month: pause (the days waited are added; the default) or restart (the month begins when the answer arrives, as UK GDPR Art. 12A). UK GDPR always restarts; CCPA never stops. Without an argument: shows it.</source>
        <translation>Was eine Rückfrage nach Identität oder Präzisierung unter der DSGVO (EU) mit dem Monat macht: pause (die Wartetage werden angehängt; Standard) oder restart (der Monat beginnt mit der Antwort, wie UK GDPR Art. 12A). UK GDPR beginnt immer neu; die CCPA hält nie an. Ohne Argument: zeigt die Einstellung.</translation>
    </message>
    <message>
        <source>workspace gdpr-clock takes pause or restart.</source>
        <translation>workspace gdpr-clock nimmt pause oder restart.</translation>
    </message>
    <message>
        <source>gdpr-clock: &quot;%1&quot; is not pause or restart.</source>
        <translation>gdpr-clock: „%1“ ist weder pause noch restart.</translation>
    </message>
    <message>
        <source>The year to list (default: this year).</source>
        <translation>Das aufzulistende Jahr (Standard: dieses Jahr).</translation>
    </message>
    <message>
        <source>A calendar id, e.g. DE-BY.</source>
        <translation>Eine Kalenderkennung, z. B. DE-BY.</translation>
    </message>
    <message>
        <source>calendars show needs exactly one calendar id.</source>
        <translation>calendars show braucht genau eine Kalenderkennung.</translation>
    </message>
    <message>
        <source>There is no calendar &quot;%1&quot;; calendars list shows them.</source>
        <translation>Es gibt keinen Kalender „%1“; calendars list zeigt alle.</translation>
    </message>
    <message>
        <source>--year: a year from 1900 to 2200.</source>
        <translation>--year: ein Jahr von 1900 bis 2200.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Reason code, required to deny: %1. %2 is for CCPA opt-out and limit-sensitive requests only, which cannot be denied as %3.</source>
        <translation>Ablehnungsgrund, zum Ablehnen nötig: %1. %2 gilt nur für CCPA-Anträge der Arten opt-out und limit-sensitive, die nicht als %3 abgelehnt werden können.</translation>
    </message>
    <message>
        <source>requests take-next takes no arguments.</source>
        <translation>requests take-next nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>No open request is waiting for someone to take it.</source>
        <translation>Keine offene Anfrage wartet darauf, übernommen zu werden.</translation>
    </message>
    <message>
        <source>Who takes the request over (a workspace user or database login).</source>
        <translation>Wer die Anfrage übernimmt (ein Benutzer des Arbeitsbereichs oder eine Datenbank-Anmeldung).</translation>
    </message>
    <message>
        <source>Why; kept as a note on the request.</source>
        <translation>Warum; wird als Notiz an der Anfrage festgehalten.</translation>
    </message>
    <message>
        <source>Record it as an escalation (support lead to officer).</source>
        <translation>Als Eskalation festhalten (Support-Leitung an Datenschutzbeauftragte).</translation>
    </message>
    <message>
        <source>requests assign needs one request id.</source>
        <translation>requests assign braucht genau eine Anfragenummer.</translation>
    </message>
    <message>
        <source>Prefix of the three group roles (PREFIX_officer, PREFIX_support, PREFIX_reviewer); default lethe.</source>
        <translation>Präfix der drei Gruppenrollen (PRÄFIX_officer, PRÄFIX_support, PRÄFIX_reviewer); Standard: lethe.</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>A database login that works as an officer (repeatable).</source>
        <translation>Eine Datenbank-Anmeldung, die als Datenschutzbeauftragte arbeitet (mehrfach möglich).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>A database login that works as support (repeatable).</source>
        <translation>Eine Datenbank-Anmeldung, die im Support arbeitet (mehrfach möglich).</translation>
    </message>
    <message>
        <source>A database login that works as a reviewer (repeatable).</source>
        <translation>Eine Datenbank-Anmeldung, die prüft (mehrfach möglich).</translation>
    </message>
    <message>
        <source>workspace setup-team takes no arguments.</source>
        <translation>workspace setup-team nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Login %1 is given twice; each person has one role.</source>
        <translation>Die Anmeldung %1 ist doppelt angegeben; jede Person hat eine Rolle.</translation>
    </message>
    <message>
        <source>batch FILE [--json] runs the commands in FILE (- for standard input), one a line, in one process; with --json it prints one line of JSON per command with its exit code and output. --workspace applies to every line that names none. Exit code 8 if any command failed.</source>
        <translation>batch DATEI [--json] führt die Befehle in DATEI (- für die Standardeingabe), einen je Zeile, in einem Prozess aus; mit --json gibt es je Befehl eine Zeile JSON mit seinem Exit-Code und seiner Ausgabe aus. --workspace gilt für jede Zeile, die keinen nennt. Exit-Code 8, wenn ein Befehl fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Also check that the log still holds this head, as audit export-head wrote it (kept outside the database).</source>
        <translation>Außerdem prüfen, dass das Protokoll diesen Kopf noch enthält, so wie audit export-head ihn geschrieben hat (außerhalb der Datenbank aufbewahrt).</translation>
    </message>
    <message>
        <source>--witness: cannot read %1: %2</source>
        <translation>--witness: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The head at event %1 is signed by %2 with their registered officer key.</source>
        <translation>Der Kopf bei Ereignis %1 ist von %2 mit dem registrierten Beauftragtenschlüssel signiert.</translation>
    </message>
    <message>
        <source>The log still holds the witnessed head at event %1.</source>
        <translation>Das Protokoll enthält noch den bezeugten Kopf bei Ereignis %1.</translation>
    </message>
    <message>
        <source>Write the head to this file instead of standard output.</source>
        <translation>Den Kopf in diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Audit head at event %1 written, unsigned: nobody has an officer key in this workspace.</source>
        <translation>Audit-Kopf bei Ereignis %1 geschrieben, unsigniert: Niemand hat in diesem Arbeitsbereich einen Beauftragtenschlüssel.</translation>
    </message>
    <message>
        <source>Audit head at event %1, signed by %2, written.</source>
        <translation>Audit-Kopf bei Ereignis %1, signiert von %2, geschrieben.</translation>
    </message>
    <message>
        <source>Warning: the officer key of %1 (%2) is registered in this workspace but not in this keychain: what you do now is not signed, and approving needs it.</source>
        <translation>Warnung: Der Beauftragtenschlüssel von %1 (%2) ist in diesem Arbeitsbereich registriert, aber nicht in diesem Schlüsselbund: Was Sie jetzt tun, wird nicht signiert, und zum Freigeben wird er gebraucht.</translation>
    </message>
    <message>
        <source>Make your officer key in your keychain if it has none, and register its public key in the workspace (replacing one registered before).</source>
        <translation>Ihren Beauftragtenschlüssel im Schlüsselbund erzeugen, falls dort keiner ist, und seinen öffentlichen Schlüssel im Arbeitsbereich registrieren (ersetzt einen zuvor registrierten).</translation>
    </message>
    <message>
        <source>No officer keys are registered; lethe-cli workspace officer-key --create makes yours.</source>
        <translation>Es sind keine Beauftragtenschlüssel registriert; lethe-cli workspace officer-key --create erzeugt Ihren.</translation>
    </message>
    <message>
        <source>Commands, one a line, as on the command line without &quot;lethe-cli&quot; (quotes as in a shell; lines starting with # are skipped); - reads standard input.</source>
        <translation>Befehle, einer je Zeile, wie auf der Befehlszeile ohne &quot;lethe-cli&quot; (Anführungszeichen wie in einer Shell; Zeilen, die mit # beginnen, werden übersprungen); - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>batch needs one file of commands.</source>
        <translation>batch braucht eine Datei mit Befehlen.</translation>
    </message>
    <message>
        <source>Cannot read the commands in %1: %2</source>
        <translation>Die Befehle in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1: a batch cannot run another batch.</source>
        <translation>Zeile %1: Ein Stapel kann keinen weiteren Stapel ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>lethe-cli: %n command(s) of the batch failed.</source>
        <translation>
            <numerusform>lethe-cli: %n Befehl des Stapels ist fehlgeschlagen.</numerusform>
            <numerusform>lethe-cli: %n Befehle des Stapels sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the request only if it is still at this version (from requests show); another desk&apos;s change since then refuses it.</source>
        <translation>Die Anfrage nur ändern, wenn sie noch diese Version hat (aus requests show); eine Änderung an einem anderen Platz seither lässt sie ablehnen.</translation>
    </message>
    <message>
        <source>--if-version: &quot;%1&quot; is not a version (a whole number from 1).</source>
        <translation>--if-version: „%1“ ist keine Version (eine ganze Zahl ab 1).</translation>
    </message>
    <message>
        <source>Version:   %1</source>
        <translation>Version:   %1</translation>
    </message>
    <message>
        <source>The queue&apos;s free-text search has no index: the extension pg_trgm is not installed on the server or this login may not create it. Search works, more slowly; a superuser can run &quot;CREATE EXTENSION pg_trgm&quot; in the workspace&apos;s database and setup-team again.</source>
        <translation>Die Freitextsuche der Warteschlange hat keinen Index: Die Erweiterung pg_trgm ist auf dem Server nicht installiert, oder dieser Login darf sie nicht anlegen. Die Suche funktioniert, langsamer; ein Superuser kann in der Datenbank des Arbeitsbereichs &quot;CREATE EXTENSION pg_trgm&quot; ausführen und setup-team erneut aufrufen.</translation>
    </message>
    <message>
        <source>The export of %1 held since a lost connection is still held (%2): whether it was recorded is read when the workspace is next opened.</source>
        <translation>Der Export von %1, der seit einer verlorenen Verbindung zurückgehalten wird, bleibt zurückgehalten (%2): Ob er vermerkt wurde, wird gelesen, wenn der Arbeitsbereich das nächste Mal geöffnet wird.</translation>
    </message>
    <message>
        <source>%1 is the bundle of %2, held since a lost connection and settled now; it is not %3&apos;s. Choose another file for %3.</source>
        <translation>%1 ist das Paket von %2, seit einer verlorenen Verbindung zurückgehalten und jetzt geklärt; es ist nicht das von %3. Wählen Sie für %3 eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is the bundle of an export of %2 whose record met a lost connection, held by another Lethe still running (process %3), which settles it once its connection is back. Nothing was written.</source>
        <translation>%1 ist das Paket eines Exports von %2, dessen Vermerk auf eine verlorene Verbindung traf; es wird von einem anderen, noch laufenden Lethe (Prozess %3) zurückgehalten, das es klärt, sobald seine Verbindung wieder besteht. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is a bundle whose record met a lost connection, and nothing on this computer says which export it is, so Lethe cannot tell whether the audit log recorded it. Nothing was written. Look for its export in `lethe-cli audit log --request` (export.write), check it with `lethe-cli bundle verify`, then remove it or move it to its name yourself.</source>
        <translation>%1 ist ein Paket, dessen Vermerk auf eine verlorene Verbindung traf, und nichts auf diesem Computer sagt, welcher Export es ist; Lethe kann daher nicht erkennen, ob das Prüfprotokoll ihn vermerkt hat. Es wurde nichts geschrieben. Suchen Sie seinen Export mit `lethe-cli audit log --request` (export.write), prüfen Sie es mit `lethe-cli bundle verify` und entfernen Sie es dann oder verschieben Sie es selbst an seinen Namen.</translation>
    </message>
    <message>
        <source>%1 Whether the audit log recorded it is not known, so the bundle is kept as %2, not at its name. Run the same command again once the connection is back: it is then recorded once (or found recorded) and moved to %3, never recorded twice.</source>
        <translation>%1 Ob das Prüfprotokoll ihn vermerkt hat, ist nicht bekannt; das Paket wird daher als %2 aufbewahrt, nicht unter seinem Namen. Führen Sie denselben Befehl erneut aus, sobald die Verbindung wieder besteht: Dann wird er einmal vermerkt (oder als vermerkt gefunden) und nach %3 verschoben, nie doppelt vermerkt.</translation>
    </message>
    <message>
        <source>Store every out-of-date place again, a batch of 5,000 requests at a time, each its own transaction; Ctrl+C stops after the batch being stored and keeps what is stored.</source>
        <translation>Jeden veralteten Platz erneut speichern, jeweils 5.000 Anträge in einer eigenen Transaktion; Strg+C hält nach dem gerade gespeicherten Stapel an und behält, was gespeichert ist.</translation>
    </message>
    <message>
        <source>The requests&apos; places in the urgency order stored for the queue (days left, due date): how many are out of date (computed with other calendars or deadline settings, by another Lethe, or never), and with --store stores them again. Until every one is current, the queue sorted by urgency is read whole rather than a page at a time.</source>
        <translation>Die für die Warteschlange gespeicherten Plätze der Anträge in der Dringlichkeitsreihenfolge (verbleibende Tage, Fälligkeit): wie viele veraltet sind (mit anderen Kalendern oder Fristeinstellungen, von einem anderen Lethe oder nie berechnet); mit --store werden sie erneut gespeichert. Bis alle aktuell sind, wird die nach Dringlichkeit sortierte Warteschlange ganz statt seitenweise gelesen.</translation>
    </message>
    <message>
        <source>workspace due-keys takes no arguments.</source>
        <translation>workspace due-keys nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>This login may not store the requests&apos; deadlines (it needs UPDATE on requests.due_key and requests.due_digest: an officer or support login, workspace setup-team).</source>
        <translation>Diese Anmeldung darf die Fristen der Anträge nicht speichern (sie braucht UPDATE auf requests.due_key und requests.due_digest: eine Anmeldung als Datenschutzbeauftragte:r oder Support, workspace setup-team).</translation>
    </message>
    <message>
        <source>%1 of %2 stored</source>
        <translation>%1 von %2 gespeichert</translation>
    </message>
    <message>
        <source>Stopped after %1 were stored; the rest are stored when this is run again.</source>
        <translation>Angehalten, nachdem %1 gespeichert waren; der Rest wird gespeichert, wenn dies erneut ausgeführt wird.</translation>
    </message>
    <message numerus="yes">
        <source>All %n request(s) hold their current place in the urgency order.</source>
        <translation>
            <numerusform>Der Antrag hat seinen aktuellen Platz in der Dringlichkeitsreihenfolge.</numerusform>
            <numerusform>Alle %n Anträge haben ihren aktuellen Platz in der Dringlichkeitsreihenfolge.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 requests hold an out-of-date place in the urgency order: the queue sorted by urgency is read whole until they are stored again (%3).</source>
        <translation>%1 von %2 Anträgen haben einen veralteten Platz in der Dringlichkeitsreihenfolge: Die nach Dringlichkeit sortierte Warteschlange wird ganz gelesen, bis sie erneut gespeichert sind (%3).</translation>
    </message>
    <message>
        <source>workspace due-keys --store</source>
        <translation>workspace due-keys --store</translation>
    </message>
    <message>
        <source>by an officer or support login; this one may not</source>
        <translation>durch eine Anmeldung als Datenschutzbeauftragte:r oder Support; diese darf es nicht</translation>
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
        <translation>Aufruf: lethe-cli BEFEHL [UNTERBEFEHL] [Optionen] [--json] [--workspace NAME|PFAD]

Befehle:
  workspace init NAME [--engine postgres --host H --port P --database D --user U --password-key K]
  workspace list
  workspace set [--controller-name N] [--controller-contact K] [--dpo-contact K] [--authority-name N] [--authority-url URL]
  requests add --type T --regulation R --received YYYY-MM-DD --email E [--phone P] [--user-id U] [--name N] [--product P] [--assignee A] [--established-in KALENDER]
  requests list [--status S] [--type T] [--regulation R] [--assignee A] [--search TEXT] [--open] [--overdue]
  requests show ID
  requests update ID [--type T] [--regulation R] [--received D] [--assignee A] [--name N] [--product P ...] [--add-identity KIND:VALUE] [--remove-identity KIND:VALUE] [--established-in KALENDER|none]
  requests transition ID STATUS [--reason TEXT] [--code C [--exemption TEXT]] [--withheld TEXT --withheld-reason TEXT]
  requests fee ID --amount A --currency C --reason unfounded-or-excessive|further-copies
  requests extend ID --reason TEXT
  requests note ID TEXT
  requests take-next
  requests assign ID --to NAME --reason TEXT [--escalate]
  audit log [--request ID] [--limit N]
  audit verify [--witness DATEI]
  audit export-head [--out DATEI]
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
  workspace established-in [KALENDER|none]
  workspace gdpr-clock [pause|restart]
  workspace due-keys [--store]
  workspace sort-keys [--store]
  workspace setup-team [--officer LOGIN]... [--support LOGIN]... [--reviewer LOGIN]... [--prefix P] [--apply]
  workspace officer-key [--create]
  calendars list | calendars show KALENDER [--year JJJJ]
  export --request ID --out FILE.zip [--no-processors]
  export --request ID --out FILE.zip.age [--no-processors] (--passphrase-file F | (--recipient age1... | --recipients-file F)...)
  keys export-public
  bundle verify|info FILE [--key PUBLIC_KEY] [--passphrase-file F | --identity FILE...]
  bundle extract FILE --to FOLDER [--key PUBLIC_KEY] [--passphrase-file F | --identity FILE...]
  bundle redact FILE --redactions FILE.json --out NEW.zip[.age] [--key PUBLIC_KEY]
      [--passphrase-file F | --identity FILE...]
      [--encrypt-passphrase-file F | (--recipient age1... | --recipients-file F)...]

Jeder Befehl kennt --help. Exit-Codes: 0 Erfolg, 1 falscher Aufruf, 2 ungültige Eingabe, 3 nicht gefunden, 4 abgelehnt, 5 Fehler beim Speichern oder im Schlüsselbund, 6 Kette des Prüfprotokolls unterbrochen, 7 Arbeitsbereich zu neu.
</translation>
    </message>
    <message>
        <source>Store every missing place, a batch of 5,000 requests at a time, each its own transaction; Ctrl+C stops after the batch being stored and keeps what is stored.</source>
        <translation>Jeden fehlenden Platz speichern, jeweils 5.000 Anfragen in einer eigenen Transaktion; Strg+C hält nach dem gerade gespeicherten Stapel an und behält, was gespeichert ist.</translation>
    </message>
    <message>
        <source>The requests&apos; places by subject and by assignee stored for the queue: how many requests lack them (written before this Lethe stored them, or by SQL), and with --store stores them. Until every request has them, the queue sorted by subject or assignee is read whole rather than a page at a time.</source>
        <translation>Die für die Warteschlange gespeicherten Plätze der Anfragen nach betroffener Person und nach Bearbeiter: wie vielen Anfragen sie fehlen (geschrieben, bevor dieses Lethe sie speicherte, oder per SQL), und mit --store werden sie gespeichert. Bis jede Anfrage sie hat, wird die nach betroffener Person oder Bearbeiter sortierte Warteschlange ganz statt seitenweise gelesen.</translation>
    </message>
    <message>
        <source>workspace sort-keys takes no arguments.</source>
        <translation>workspace sort-keys nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>This login may not store the requests&apos; places by subject and assignee (it needs UPDATE on requests.subject_key and requests.assignee_key: an officer or support login, workspace setup-team).</source>
        <translation>Diese Anmeldung darf die Plätze der Anfragen nach betroffener Person und Bearbeiter nicht speichern (sie braucht UPDATE auf requests.subject_key und requests.assignee_key: eine Anmeldung als Officer oder Support, workspace setup-team).</translation>
    </message>
    <message>
        <source>Every request holds its place by subject and assignee.</source>
        <translation>Jede Anfrage hat ihren Platz nach betroffener Person und Bearbeiter.</translation>
    </message>
    <message>
        <source>%1 requests lack their place by subject and assignee: the queue sorted by either is read whole until they are stored (%2).</source>
        <translation>%1 Anfragen fehlt ihr Platz nach betroffener Person und Bearbeiter: Die danach sortierte Warteschlange wird ganz gelesen, bis sie gespeichert sind (%2).</translation>
    </message>
    <message>
        <source>workspace sort-keys --store</source>
        <translation>workspace sort-keys --store</translation>
    </message>
    <message>
        <source>Apply the statements on the workspace&apos;s PostgreSQL database as its configured login (the owner of its tables, allowed to create roles), in one transaction, then build the search&apos;s indexes without blocking writes. Without it they are printed for psql.</source>
        <translation>Die Anweisungen in der PostgreSQL-Datenbank des Arbeitsbereichs mit dessen eingerichtetem Login ausführen (Eigentümer seiner Tabellen, darf Rollen anlegen), in einer Transaktion, danach die Indizes der Suche aufbauen, ohne Schreibzugriffe zu blockieren. Ohne diese Option werden sie für psql ausgegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n statement(s) in one transaction; Ctrl+C rolls them all back.</source>
        <translation>
            <numerusform>Eine Anweisung wird in einer Transaktion ausgeführt; Strg+C nimmt sie zurück.</numerusform>
            <numerusform>%n Anweisungen werden in einer Transaktion ausgeführt; Strg+C nimmt sie alle zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a team workspace now. Building the search&apos;s indexes next, without making anyone&apos;s writes wait: on a large workspace this takes minutes (several at a million requests). Ctrl+C stops it; the team setup stays, and setup-team --apply again builds what is missing.</source>
        <translation>Dies ist jetzt ein Team-Arbeitsbereich. Als Nächstes werden die Indizes der Suche aufgebaut, ohne dass jemandes Schreibzugriffe warten: In einem großen Arbeitsbereich dauert das Minuten (mehrere bei einer Million Anfragen). Strg+C bricht ab; die Team-Einrichtung bleibt, und setup-team --apply baut erneut auf, was fehlt.</translation>
    </message>
    <message>
        <source>Search index step %1 of %2: %3…</source>
        <translation>Suchindex, Schritt %1 von %2: %3…</translation>
    </message>
    <message>
        <source>Search index step %1 of %2…</source>
        <translation>Suchindex, Schritt %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n statement(s) and built the search&apos;s indexes: this is a team workspace now.</source>
        <translation>
            <numerusform>Eine Anweisung ausgeführt und die Suchindizes aufgebaut: Dies ist jetzt ein Team-Arbeitsbereich.</numerusform>
            <numerusform>%n Anweisungen ausgeführt und die Suchindizes aufgebaut: Dies ist jetzt ein Team-Arbeitsbereich.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The index build waits for the open transaction of session %1 (%2) to end; nobody&apos;s writes wait meanwhile.</source>
        <translation>Der Indexaufbau wartet, bis die offene Transaktion der Sitzung %1 (%2) endet; niemandes Schreibzugriffe warten währenddessen.</translation>
    </message>
    <message>
        <source>The index build waits for the transaction session %1 (%2) has had open since %3 UTC to end; nobody&apos;s writes wait meanwhile.</source>
        <translation>Der Indexaufbau wartet, bis die Transaktion endet, die Sitzung %1 (%2) seit %3 UTC offen hat; niemandes Schreibzugriffe warten währenddessen.</translation>
    </message>
</context>
<context>
    <name>lethe::CompleteTaskDialog</name>
    <message>
        <source>Complete manual task: %1</source>
        <translation>Manuelle Aufgabe erledigen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>What was done, and the answer received</source>
        <translation>Was getan wurde und welche Antwort einging</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Optional: a confirmation, a screenshot (copied into the workspace)</source>
        <translation>Optional: eine Bestätigung, ein Screenshot (wird in den Arbeitsbereich kopiert)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Nach&amp;weis:</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Write what was done, or choose an evidence file (or both).</source>
        <translation>Beschreiben Sie, was getan wurde, oder wählen Sie eine Nachweisdatei (oder beides).</translation>
    </message>
    <message>
        <source>The note is longer than 20,000 characters.</source>
        <translation>Die Notiz ist länger als 20.000 Zeichen.</translation>
    </message>
    <message>
        <source>Evidence: there is no file at %1.</source>
        <translation>Nachweis: Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>Evidence: %1 is not a file.</source>
        <translation>Nachweis: %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Evidence: %1 is larger than %2 MB.</source>
        <translation>Nachweis: %1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>Choose an Evidence File</source>
        <translation>Nachweisdatei auswählen</translation>
    </message>
</context>
<context>
    <name>lethe::ConnectionForm</name>
    <message>
        <source>Edit Processor Connection</source>
        <translation>Verbindung zum Auftragsverarbeiter bearbeiten</translation>
    </message>
    <message>
        <source>Add Processor Connection</source>
        <translation>Verbindung zu einem Auftragsverarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>e.g. leadsgen-stripe</source>
        <translation>z. B. leadsgen-stripe</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, - and _, starting with a letter. Data maps name the connection by this key.</source>
        <translation>Kleinbuchstaben, Ziffern, - und _, beginnend mit einem Buchstaben. Datenlandkarten nennen die Verbindung mit diesem Schlüssel.</translation>
    </message>
    <message>
        <source>Leave empty for the processor&apos;s own address; give another for a region or the sandbox.</source>
        <translation>Leer lassen für die eigene Adresse des Auftragsverarbeiters; eine andere angeben für eine Region oder die Sandbox.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Processor:</source>
        <translation>Auftrags&amp;verarbeiter:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Zugangsschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>API key or token</source>
        <translation>API-Schlüssel oder Token</translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret</source>
        <translation>Leer lassen, um den bisherigen Zugangsschlüssel zu behalten</translation>
    </message>
    <message>
        <source>%1. Kept only in the keychain.</source>
        <translation>%1. Wird nur im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Kept only in the keychain, never in connections.json.</source>
        <translation>Wird nur im Schlüsselbund gespeichert, nie in connections.json.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (optional):</translation>
    </message>
    <message>
        <source>This processor needs no parameters.</source>
        <translation>Dieser Auftragsverarbeiter braucht keine Parameter.</translation>
    </message>
    <message>
        <source>A connection with the key &quot;%1&quot; exists already: edit it, or choose another key.</source>
        <translation>Eine Verbindung mit dem Schlüssel „%1“ existiert bereits: Bearbeiten Sie sie oder wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>The secret is empty: paste the processor&apos;s API key or token.</source>
        <translation>Der Zugangsschlüssel ist leer: Fügen Sie den API-Schlüssel oder das Token des Auftragsverarbeiters ein.</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>Zugangsschlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>lethe::ConnectionsDialog</name>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation>Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>Wrong URL</source>
        <translation>Falsche URL</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Processor error</source>
        <translation>Fehler beim Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Not testable</source>
        <translation>Nicht testbar</translation>
    </message>
    <message>
        <source>Processor Connections</source>
        <translation>Verbindungen zu Auftragsverarbeitern</translation>
    </message>
    <message>
        <source>The workspace&apos;s accounts at processors. Secrets are kept only in the keychain; %1 holds the rest.</source>
        <translation>Die Konten des Arbeitsbereichs bei Auftragsverarbeitern. Zugangsschlüssel liegen nur im Schlüsselbund; alles Übrige steht in %1.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Nicht entfernen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>One authenticated read at the processor (%1)</source>
        <translation>Ein authentifizierter Lesezugriff beim Auftragsverarbeiter (%1)</translation>
    </message>
    <message>
        <source>&amp;Cancel Test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the connection and its secret (%1)</source>
        <translation>Die Verbindung und ihren Zugangsschlüssel entfernen (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Some connector definitions were left out:
%1</source>
        <translation>Einige Konnektordefinitionen wurden ausgelassen:
%1</translation>
    </message>
    <message>
        <source>No connector definitions are installed.</source>
        <translation>Es sind keine Konnektordefinitionen installiert.</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>The processor&apos;s own address</source>
        <translation>Die eigene Adresse des Auftragsverarbeiters</translation>
    </message>
    <message>
        <source>Set for this connection</source>
        <translation>Für diese Verbindung festgelegt</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Noch nicht getestet</translation>
    </message>
    <message>
        <source>No connections yet. Add one for each account the workspace&apos;s data maps name as a processor.</source>
        <translation>Noch keine Verbindungen. Legen Sie eine für jedes Konto an, das die Datenlandkarten des Arbeitsbereichs als Auftragsverarbeiter nennen.</translation>
    </message>
    <message>
        <source>%1: testing… You can cancel the test or close this window.</source>
        <translation>%1: wird getestet… Sie können den Test abbrechen oder dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>%1: not tested yet. Test makes one authenticated read at the processor.</source>
        <translation>%1: noch nicht getestet. „Testen“ führt einen authentifizierten Lesezugriff beim Auftragsverarbeiter aus.</translation>
    </message>
    <message>
        <source>Connection %1 saved; its secret is in the keychain as %2.</source>
        <translation>Verbindung %1 gespeichert; ihr Zugangsschlüssel liegt im Schlüsselbund unter %2.</translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; is not installed.</source>
        <translation>Der Konnektor „%1“ ist nicht installiert.</translation>
    </message>
    <message>
        <source>The secret could not be read from the keychain: %1</source>
        <translation>Der Zugangsschlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>Test abgebrochen</translation>
    </message>
    <message>
        <source>Remove the connection &lt;b&gt;%1&lt;/b&gt; from this workspace and its secret from the keychain? Data maps that name it will report it missing.</source>
        <translation>Die Verbindung &lt;b&gt;%1&lt;/b&gt; aus diesem Arbeitsbereich und ihren Zugangsschlüssel aus dem Schlüsselbund entfernen? Datenlandkarten, die sie nennen, melden sie dann als fehlend.</translation>
    </message>
    <message>
        <source>No connection &quot;%1&quot; in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Verbindung „%1“.</translation>
    </message>
    <message>
        <source>Connection %1 removed, with its secret.</source>
        <translation>Verbindung %1 samt Zugangsschlüssel entfernt.</translation>
    </message>
    <message>
        <source>The connection %1 is gone, but its secret could not be removed from the keychain: %2</source>
        <translation>Die Verbindung %1 ist entfernt, aber ihr Zugangsschlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>lethe::ConnectorLoader</name>
    <message>
        <source>&quot;%1&quot; in %2 must be a whole number from %3 to %4, not &quot;%5&quot;.</source>
        <translation>%2: „%1“ muss eine ganze Zahl von %3 bis %4 sein, nicht „%5“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a duration such as 500ms, 20s, 10m or 1h, not &quot;%3&quot;.</source>
        <translation>%2: „%1“ muss eine Dauer wie 500ms, 20s, 10m oder 1h sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must list HTTP statuses (100 to 599), not &quot;%3&quot;.</source>
        <translation>%2: „%1“ muss HTTP-Statuscodes (100 bis 599) aufführen, nicht „%3“.</translation>
    </message>
    <message>
        <source>&quot;key&quot; in %1 must be lower-case letters, digits, - and _, starting with a letter, not &quot;%2&quot;.</source>
        <translation>%1: „key“ darf nur Kleinbuchstaben, Ziffern, - und _ enthalten und muss mit einem Buchstaben beginnen, nicht „%2“.</translation>
    </message>
    <message>
        <source>unknown identity kind &quot;%1&quot; in %2 (expected one of: %3).</source>
        <translation>Unbekannte Identitätsart „%1“ in %2 (erwartet: eine von %3).</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot; in %2 (expected one of: %3).</source>
        <translation>Unbekannter Filter „%1“ in %2 (erwartet: einer von %3).</translation>
    </message>
    <message>
        <source>%1 uses the parameter &quot;%2&quot;, which &quot;connection.parameters&quot; does not declare.</source>
        <translation>%1 verwendet den Parameter „%2“, den „connection.parameters“ nicht deklariert.</translation>
    </message>
    <message>
        <source>%1 uses &quot;{%2}&quot;: expected {identity}, {secret}, {page}, {param.NAME} or a field of %3.</source>
        <translation>%1 verwendet „{%2}“: erwartet {identity}, {secret}, {page}, {param.NAME} oder ein Feld von %3.</translation>
    </message>
    <message>
        <source>an earlier lookup (none here)</source>
        <translation>einer früheren Abfrage (hier keine)</translation>
    </message>
    <message>
        <source>&quot;method&quot; in %1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1: „method“ muss einer der Werte %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>&quot;path&quot; in %1 must start with /, not &quot;%2&quot;.</source>
        <translation>%1: „path“ muss mit / beginnen, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2</source>
        <translation>„%1“ in %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; of %3 must be a single value.</source>
        <translation>%3: „%1“ in „%2“ muss ein einzelner Wert sein.</translation>
    </message>
    <message>
        <source>%1 has both &quot;body&quot; and &quot;form&quot;; choose one.</source>
        <translation>%1 hat sowohl „body“ als auch „form“; wählen Sie eines davon.</translation>
    </message>
    <message>
        <source>%1 sends a form body with %2; use query parameters.</source>
        <translation>%1 sendet Formulardaten mit %2; verwenden Sie Query-Parameter.</translation>
    </message>
    <message>
        <source>&quot;pages&quot; of %1</source>
        <translation>„pages“ von %1</translation>
    </message>
    <message>
        <source>unknown page style &quot;%1&quot; in %2 (expected one of: cursor, token, next_url, link, offset, page).</source>
        <translation>Unbekannte Paginierungsart „%1“ in %2 (erwartet: eine von cursor, token, next_url, link, offset, page).</translation>
    </message>
    <message>
        <source>%1 needs &quot;size&quot;, the page size the request asks for.</source>
        <translation>%1: „size“ fehlt: die Seitengröße, die die HTTP-Anfrage anfordert.</translation>
    </message>
    <message>
        <source>lookup %1</source>
        <translation>Abfrage %1</translation>
    </message>
    <message>
        <source>lookup &quot;%1&quot;</source>
        <translation>Abfrage „%1“</translation>
    </message>
    <message>
        <source>%1 has both &quot;identity&quot; and &quot;after&quot;; a lookup starts from one.</source>
        <translation>%1 hat sowohl „identity“ als auch „after“; eine Abfrage geht von genau einem davon aus.</translation>
    </message>
    <message>
        <source>%1 follows &quot;%2&quot;, which is not a lookup declared before it.</source>
        <translation>%1 folgt auf „%2“, das keine zuvor deklarierte Abfrage ist.</translation>
    </message>
    <message>
        <source>%1 needs &quot;identity&quot; (email, phone, user-id) or &quot;after&quot; (an earlier lookup).</source>
        <translation>%1 braucht „identity“ (email, phone, user-id) oder „after“ (eine frühere Abfrage).</translation>
    </message>
    <message>
        <source>the request of %1</source>
        <translation>die HTTP-Anfrage von %1</translation>
    </message>
    <message>
        <source>%1 needs &quot;request&quot;.</source>
        <translation>%1: „request“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;match&quot; of %1</source>
        <translation>„match“ von %1</translation>
    </message>
    <message>
        <source>&quot;as&quot; in %1 must be text, email or phone, not &quot;%2&quot;.</source>
        <translation>%1: „as“ muss text, email oder phone sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 matches against the identity, so the lookup needs &quot;identity&quot;.</source>
        <translation>%1 vergleicht mit der Identität, daher braucht die Abfrage „identity“.</translation>
    </message>
    <message>
        <source>&quot;skip&quot; of %1</source>
        <translation>„skip“ von %1</translation>
    </message>
    <message>
        <source>%1 skips by a parent&apos;s field, so the lookup needs &quot;after&quot;.</source>
        <translation>%1 überspringt anhand eines Felds der übergeordneten Abfrage, daher braucht die Abfrage „after“.</translation>
    </message>
    <message>
        <source>%1 goes into &quot;%2&quot;, which is not an earlier lookup with its own fields.</source>
        <translation>%1 fließt in „%2“ ein, das keine frühere Abfrage mit eigenen Feldern ist.</translation>
    </message>
    <message>
        <source>%1 goes into &quot;%2&quot; and takes its fields; leave &quot;fields&quot; out.</source>
        <translation>%1 fließt in „%2“ ein und übernimmt dessen Felder; lassen Sie „fields“ weg.</translation>
    </message>
    <message>
        <source>&quot;fields&quot; of %1</source>
        <translation>„fields“ von %1</translation>
    </message>
    <message>
        <source>unknown data category &quot;%1&quot; for field &quot;%2&quot; in %3.</source>
        <translation>Unbekannte Datenkategorie „%1“ für Feld „%2“ in %3.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; in %2 needs at least one category.</source>
        <translation>Feld „%1“ in %2 braucht mindestens eine Kategorie.</translation>
    </message>
    <message>
        <source>%1 needs &quot;fields&quot;: the record&apos;s fields and their data categories.</source>
        <translation>%1: „fields“ fehlt: die Felder des Eintrags und ihre Datenkategorien.</translation>
    </message>
    <message>
        <source>%1 follows &quot;%2&quot;, which declares no &quot;id&quot;.</source>
        <translation>%1 folgt auf „%2“, das kein „id“ deklariert.</translation>
    </message>
    <message>
        <source>erasure step %1</source>
        <translation>Löschschritt %1</translation>
    </message>
    <message>
        <source>erasure step &quot;%1&quot;</source>
        <translation>Löschschritt „%1“</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &quot;for&quot; (a lookup), &quot;after&quot; (an earlier step) or &quot;identity&quot;.</source>
        <translation>%1 braucht genau eines von „for“ (eine Abfrage), „after“ (ein früherer Schritt) oder „identity“.</translation>
    </message>
    <message>
        <source>%1 is for &quot;%2&quot;, which is not a lookup.</source>
        <translation>%1 gilt für „%2“, das keine Abfrage ist.</translation>
    </message>
    <message>
        <source>%1 comes after &quot;%2&quot;, which is not an earlier erasure step.</source>
        <translation>%1 folgt auf „%2“, das kein früherer Löschschritt ist.</translation>
    </message>
    <message>
        <source>%1 comes after &quot;%2&quot;, which starts no job (it has no &quot;job&quot;).</source>
        <translation>%1 folgt auf „%2“, das keinen Job startet (es hat kein „job“).</translation>
    </message>
    <message>
        <source>&quot;effect&quot; in %1 must be one of deleted, archived, redacted, job, masked, blocked, not &quot;%2&quot;.</source>
        <translation>%1: „effect“ muss einer der Werte deleted, archived, redacted, job, masked, blocked sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;poll&quot; of %1</source>
        <translation>„poll“ von %1</translation>
    </message>
    <message>
        <source>%1 polls a job, so it needs &quot;job&quot;: where the response holds the job id.</source>
        <translation>%1 fragt einen Job ab und braucht daher „job“: die Stelle der Antwort, an der die Job-ID steht.</translation>
    </message>
    <message>
        <source>%1 needs &quot;done&quot;: the statuses that mean the job finished.</source>
        <translation>%1: „done“ fehlt: die Status, die bedeuten, dass der Job beendet ist.</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>a connector definition must be a mapping.</source>
        <translation>Eine Konnektordefinition muss eine Zuordnung sein.</translation>
    </message>
    <message>
        <source>the definition</source>
        <translation>die Definition</translation>
    </message>
    <message>
        <source>this program reads connector format 1, not &quot;%1&quot;; a newer Lethe may read it.</source>
        <translation>Dieses Programm liest Konnektorformat 1, nicht „%1“; eine neuere Lethe-Version kann es möglicherweise lesen.</translation>
    </message>
    <message>
        <source>&quot;processor&quot;</source>
        <translation>„processor“</translation>
    </message>
    <message>
        <source>the definition needs &quot;processor&quot; with its key and name.</source>
        <translation>Der Definition fehlt „processor“ mit Schlüssel und Namen.</translation>
    </message>
    <message>
        <source>&quot;connection&quot;</source>
        <translation>„connection“</translation>
    </message>
    <message>
        <source>&quot;base_url&quot; must start with https://, not &quot;%1&quot;.</source>
        <translation>„base_url“ muss mit https:// beginnen, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;parameters&quot; in %1 must be a list.</source>
        <translation>%1: „parameters“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>a parameter of %1</source>
        <translation>ein Parameter von %1</translation>
    </message>
    <message>
        <source>parameter name &quot;%1&quot; must be lower-case letters, digits, - and _.</source>
        <translation>Parametername „%1“ darf nur Kleinbuchstaben, Ziffern, - und _ enthalten.</translation>
    </message>
    <message>
        <source>the definition needs &quot;connection&quot; with its base_url.</source>
        <translation>Der Definition fehlt „connection“ mit base_url.</translation>
    </message>
    <message>
        <source>&quot;auth&quot;</source>
        <translation>„auth“</translation>
    </message>
    <message>
        <source>&quot;kind&quot; in %1 must be bearer, basic, header, query or none, not &quot;%2&quot;.</source>
        <translation>%1: „kind“ muss bearer, basic, header, query oder none sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>the definition needs &quot;auth&quot; (bearer, basic, header, query or none).</source>
        <translation>Der Definition fehlt „auth“ (bearer, basic, header, query oder none).</translation>
    </message>
    <message>
        <source>&quot;headers&quot;</source>
        <translation>„headers“</translation>
    </message>
    <message>
        <source>&quot;limits&quot;</source>
        <translation>„limits“</translation>
    </message>
    <message>
        <source>&quot;errors&quot;</source>
        <translation>„errors“</translation>
    </message>
    <message>
        <source>&quot;test&quot;</source>
        <translation>„test“</translation>
    </message>
    <message>
        <source>lookup &quot;%1&quot; is declared twice.</source>
        <translation>Abfrage „%1“ ist doppelt deklariert.</translation>
    </message>
    <message>
        <source>&quot;lookups&quot; must be a list.</source>
        <translation>„lookups“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names both an erasure step and another step or lookup.</source>
        <translation>„%1“ benennt sowohl einen Löschschritt als auch einen anderen Schritt oder eine Abfrage.</translation>
    </message>
    <message>
        <source>&quot;erasure&quot; must be a list.</source>
        <translation>„erasure“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>the definition declares neither lookups nor erasure steps.</source>
        <translation>Die Definition deklariert weder Abfragen noch Löschschritte.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not an HTTP header name (letters, digits and -).</source>
        <translation>&quot;%1&quot; in %2 ist kein HTTP-Headername (Buchstaben, Ziffern und -).</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; in %2 must be a single value.</source>
        <translation>der Header &quot;%1&quot; in %2 muss ein einzelner Wert sein.</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; in %2 must be one line.</source>
        <translation>der Header &quot;%1&quot; in %2 muss eine Zeile sein.</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is given twice in %2.</source>
        <translation>der Header &quot;%1&quot; ist in %2 doppelt angegeben.</translation>
    </message>
    <message>
        <source>&quot;headers&quot; in %1</source>
        <translation>&quot;headers&quot; in %1</translation>
    </message>
    <message>
        <source>&quot;extract&quot; in %1 is not a valid regular expression: %2.</source>
        <translation>&quot;extract&quot; in %1 ist kein gültiger regulärer Ausdruck: %2.</translation>
    </message>
    <message>
        <source>&quot;extract&quot; in %1 needs a group, (...), around where the identity is.</source>
        <translation>&quot;extract&quot; in %1 braucht eine Gruppe, (...), um die Stelle, an der die Identität steht.</translation>
    </message>
    <message>
        <source>%1 needs &quot;fields&quot;: the record&apos;s fields that hold the identity (or &quot;trusted&quot;: why the processor&apos;s own filter is exact).</source>
        <translation>%1 braucht &quot;fields&quot;: die Felder des Datensatzes, die die Identität enthalten (oder &quot;trusted&quot;: warum der eigene Filter des Auftragsverarbeiters exakt ist).</translation>
    </message>
    <message>
        <source>%1 has both &quot;fields&quot; and &quot;trusted&quot;; choose one.</source>
        <translation>%1 hat sowohl &quot;fields&quot; als auch &quot;trusted&quot;; wählen Sie eines.</translation>
    </message>
    <message>
        <source>&quot;as: %1&quot; in %2 does not fit the lookup&apos;s identity &quot;%3&quot;; leave it out (identities are compared by their kind&apos;s rules).</source>
        <translation>&quot;as: %1&quot; in %2 passt nicht zur Identität &quot;%3&quot; der Abfrage; lassen Sie es weg (Identitäten werden nach den Regeln ihrer Art verglichen).</translation>
    </message>
    <message>
        <source>%1 looks up by %2 and needs &quot;match&quot;: the record&apos;s fields that hold the identity, compared exactly on Lethe&apos;s side (docs/connectors.md).</source>
        <translation>%1 sucht nach %2 und braucht &quot;match&quot;: die Felder des Datensatzes, die die Identität enthalten und von Lethe exakt verglichen werden (docs/connectors.md).</translation>
    </message>
    <message>
        <source>&quot;headers&quot; of %1</source>
        <translation>&quot;headers&quot; von %1</translation>
    </message>
    <message>
        <source>&quot;idempotency_header&quot; must be an HTTP header name (letters, digits and -), not &quot;%1&quot;.</source>
        <translation>&quot;idempotency_header&quot; muss ein HTTP-Headername sein (Buchstaben, Ziffern und -), nicht &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>lethe::CredentialStore</name>
    <message>
        <source>The keychain holds no secret named &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund enthält keinen Eintrag namens „%1“.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund hat den Zugriff auf „%1“ verweigert: %2</translation>
    </message>
    <message>
        <source>No keychain is available (is a Secret Service such as GNOME Keyring or KWallet running?): %1</source>
        <translation>Kein Schlüsselbund verfügbar (läuft ein Secret Service wie GNOME Keyring oder KWallet?): %1</translation>
    </message>
    <message>
        <source>The keychain failed for &quot;%1&quot;: %2</source>
        <translation>Schlüsselbundfehler bei „%1“: %2</translation>
    </message>
</context>
<context>
    <name>lethe::DataMapAdvice</name>
    <message>
        <source>table &quot;%1&quot; of source &quot;%2&quot; holds personal data (%3) but the map erases nothing in it: every field is kept and no row is deleted, so an erasure keeps all of its rows. Give its fields an erasure strategy or set &quot;erase: rows&quot;.</source>
        <translation>Tabelle &quot;%1&quot; der Quelle &quot;%2&quot; enthält personenbezogene Daten (%3), aber die Karte löscht darin nichts: Jedes Feld bleibt erhalten und keine Zeile wird gelöscht, also behält eine Löschung alle ihre Zeilen. Geben Sie ihren Feldern eine Löschstrategie oder setzen Sie &quot;erase: rows&quot;.</translation>
    </message>
</context>
<context>
    <name>lethe::DataMapLive</name>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation>Quelle „%1“: %2</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist in %2.</source>
        <translation>Tabelle „%1“ existiert nicht in %2.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; of table &quot;%2&quot; does not exist (the table has: %3).</source>
        <translation>Spalte „%1“ der Tabelle „%2“ existiert nicht (die Tabelle hat: %3).</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist in schema &quot;%2&quot; of %3.</source>
        <translation>Tabelle „%1“ gibt es im Schema „%2“ von %3 nicht.</translation>
    </message>
    <message>
        <source>A table of that name is in %1: name it with &quot;schema&quot;.</source>
        <translation>Eine Tabelle dieses Namens liegt in %1: nennen Sie es mit „schema“.</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is a partition of &quot;%2&quot;, which the map also lists: a query of &quot;%2&quot; reads its rows too, so they would be counted and erased twice. Remove &quot;%1&quot; from the map; &quot;%2&quot; covers it.</source>
        <translation>Tabelle „%1“ ist eine Partition von „%2“, die die Datenkarte ebenfalls aufführt: eine Abfrage von „%2“ liest auch ihre Zeilen, sie würden also doppelt gezählt und gelöscht. Entfernen Sie „%1“ aus der Datenkarte; „%2“ deckt sie ab.</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; inherits from &quot;%2&quot;, which the map also lists: a query of &quot;%2&quot; reads its rows too, so they would be counted and erased twice. Remove &quot;%1&quot; from the map; &quot;%2&quot; covers it.</source>
        <translation>Tabelle „%1“ erbt von „%2“, die die Datenkarte ebenfalls aufführt: eine Abfrage von „%2“ liest auch ihre Zeilen, sie würden also doppelt gezählt und gelöscht. Entfernen Sie „%1“ aus der Datenkarte; „%2“ deckt sie ab.</translation>
    </message>
    <message>
        <source>%1 references %2, but the database&apos;s foreign key points the other way (%2 → %1): a reference is written on the column that holds the other row&apos;s key. Remove it here and write &quot;references: %1&quot; on %2.</source>
        <translation>%1 verweist auf %2, aber der Fremdschlüssel der Datenbank zeigt in die andere Richtung (%2 → %1): Ein Verweis steht an der Spalte, die den Schlüssel der anderen Zeile enthält. Entfernen Sie ihn hier und schreiben Sie &quot;references: %1&quot; an %2.</translation>
    </message>
    <message>
        <source>%1 references %2, which is neither a primary key nor unique in the database: likely a reversed reference (orders.customer_id references customer.id, not the other way). If %2 holds %1&apos;s values, remove it here and write &quot;references: %1&quot; on %2.</source>
        <translation>%1 verweist auf %2, das in der Datenbank weder Primärschlüssel noch eindeutig ist: wahrscheinlich ein umgekehrter Verweis (orders.customer_id verweist auf customer.id, nicht umgekehrt). Wenn %2 die Werte von %1 enthält, entfernen Sie ihn hier und schreiben Sie &quot;references: %1&quot; an %2.</translation>
    </message>
</context>
<context>
    <name>lethe::DataMapLoader</name>
    <message>
        <source>%1 &quot;%2&quot; contains a control character.</source>
        <translation>%1 „%2“ enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is longer than 128 characters.</source>
        <translation>%1 „%2“ ist länger als 128 Zeichen.</translation>
    </message>
    <message>
        <source>system.art15</source>
        <translation>system.art15</translation>
    </message>
    <message>
        <source>%1 needs at least one purpose: the subject must be told why their data is processed.</source>
        <translation>%1: mindestens ein Zweck fehlt: Der betroffenen Person muss gesagt werden, wozu ihre Daten verarbeitet werden.</translation>
    </message>
    <message>
        <source>a recipient</source>
        <translation>ein Empfänger</translation>
    </message>
    <message>
        <source>&quot;recipients&quot; in %1 must be a list.</source>
        <translation>%1: „recipients“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>a transfer</source>
        <translation>eine Übermittlung</translation>
    </message>
    <message>
        <source>&quot;transfers&quot; in %1 must be a list.</source>
        <translation>%1: „transfers“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>system key &quot;%1&quot; must be lower-case letters, digits, - and _.</source>
        <translation>Systemschlüssel „%1“ darf nur Kleinbuchstaben, Ziffern, - und _ enthalten.</translation>
    </message>
    <message>
        <source>system needs &quot;art15&quot;: the facts an access answer must state (purposes, recipients, retention, ...).</source>
        <translation>system: „art15“ fehlt: die Angaben, die eine Auskunft enthalten muss (Zwecke, Empfänger, Speicherdauer, ...).</translation>
    </message>
    <message>
        <source>system needs &quot;identities&quot;: the kinds of identity it can be searched by (%1).</source>
        <translation>system: „identities“ fehlt: die Identitätsarten, nach denen gesucht werden kann (%1).</translation>
    </message>
    <message>
        <source>unknown identity kind &quot;%1&quot; (expected one of %2).</source>
        <translation>Unbekannte Identitätsart „%1“ (erwartet: eine von %2).</translation>
    </message>
    <message>
        <source>identity kind &quot;%1&quot; is declared but no field holds it (mark a field with identity: %1).</source>
        <translation>Identitätsart „%1“ ist deklariert, aber kein Feld enthält sie (kennzeichnen Sie ein Feld mit identity: %1).</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>%1: a password must not be written in the map; store it in the keychain and name it with password_key.</source>
        <translation>%1: Ein Passwort darf nicht in der Datenlandkarte stehen; legen Sie es im Schlüsselbund ab und nennen Sie es mit password_key.</translation>
    </message>
    <message>
        <source>unknown engine &quot;%1&quot; (expected sqlite, postgres or mariadb).</source>
        <translation>Unbekannte Datenbank „%1“ (erwartet: sqlite, postgres oder mariadb).</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a port number.</source>
        <translation>Port „%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>%1 needs &quot;tables&quot;: a list of the tables that hold personal data.</source>
        <translation>%1: „tables“ fehlt: eine Liste der Tabellen mit personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is declared twice in %2.</source>
        <translation>Tabelle „%1“ ist in %2 doppelt deklariert.</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;</source>
        <translation>Tabelle „%1“</translation>
    </message>
    <message>
        <source>a table needs &quot;name&quot;.</source>
        <translation>Einer Tabelle fehlt „name“.</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>Tabellenname</translation>
    </message>
    <message>
        <source>%1 needs &quot;primary_key&quot; (a column, or a list for a composite key).</source>
        <translation>%1: „primary_key“ fehlt (eine Spalte oder eine Liste für einen zusammengesetzten Schlüssel).</translation>
    </message>
    <message>
        <source>&quot;erase&quot; in %1 must be rows or fields, not &quot;%2&quot;.</source>
        <translation>%1: „erase“ muss rows oder fields sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 needs &quot;fields&quot;: the columns that hold personal data or lead to it.</source>
        <translation>%1: „fields“ fehlt: die Spalten, die personenbezogene Daten enthalten oder zu ihnen führen.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is declared twice in %2.</source>
        <translation>Feld „%1“ ist in %2 doppelt deklariert.</translation>
    </message>
    <message>
        <source>primary key &quot;%1&quot; of %2 is not one of its fields; declare it under fields (categories: [system.operations] if it is not personal data).</source>
        <translation>Primärschlüssel „%1“ von %2 ist keines ihrer Felder; deklarieren Sie ihn unter fields (categories: [system.operations], wenn er nicht personenbezogen ist).</translation>
    </message>
    <message>
        <source>primary key &quot;%1&quot; of %2 cannot be nulled or rewritten; erase the row instead (erasure: delete_row).</source>
        <translation>Primärschlüssel „%1“ von %2 kann nicht geleert oder überschrieben werden; löschen Sie stattdessen die Zeile (erasure: delete_row).</translation>
    </message>
    <message>
        <source>&quot;retention&quot; in %1 must be a list of rules.</source>
        <translation>%1: „retention“ muss eine Liste von Regeln sein.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; in %2 needs its categories: write it as {name: %1, categories: [...]}.</source>
        <translation>Feld „%1“ in %2 braucht seine Kategorien: Schreiben Sie es als {name: %1, categories: [...]}.</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>ein Feld</translation>
    </message>
    <message>
        <source>a field of %1</source>
        <translation>ein Feld von %1</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of %2</source>
        <translation>Feld „%1“ von %2</translation>
    </message>
    <message>
        <source>%1 needs &quot;name&quot;.</source>
        <translation>%1: „name“ fehlt.</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>Feldname</translation>
    </message>
    <message>
        <source>%1 needs &quot;categories&quot; (e.g. user.contact.email, or system.operations).</source>
        <translation>%1: „categories“ fehlt (z. B. user.contact.email oder system.operations).</translation>
    </message>
    <message>
        <source>unknown data category &quot;%1&quot; in %2 (fideslang-style, e.g. user.contact.email; see docs/datamap.md).</source>
        <translation>Unbekannte Datenkategorie „%1“ in %2 (im Stil von fideslang, z. B. user.contact.email; siehe docs/datamap.md).</translation>
    </message>
    <message>
        <source>&quot;normalized&quot; must be true or false, not &quot;%1&quot;.</source>
        <translation>„normalized“ muss true oder false sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>references of %1</source>
        <translation>Verweis von %1</translation>
    </message>
    <message>
        <source>&quot;references&quot; in %1 must be table.field or {table: ..., field: ...}.</source>
        <translation>%1: „references“ muss tabelle.feld oder {table: ..., field: ...} sein.</translation>
    </message>
    <message>
        <source>%1 references table &quot;%2&quot;, which this source does not declare.</source>
        <translation>%1 verweist auf Tabelle „%2“, die diese Quelle nicht deklariert.</translation>
    </message>
    <message>
        <source>%1 references &quot;%2.%3&quot;, but table &quot;%2&quot; has no field &quot;%3&quot;.</source>
        <translation>%1 verweist auf „%2.%3“, aber Tabelle „%2“ hat kein Feld „%3“.</translation>
    </message>
    <message>
        <source>erasure of %1</source>
        <translation>Löschung von %1</translation>
    </message>
    <message>
        <source>erasure of %1: write {fixed: &quot;text&quot;} for a fixed replacement.</source>
        <translation>Löschung von %1: Schreiben Sie {fixed: &quot;Text&quot;} für einen festen Ersatzwert.</translation>
    </message>
    <message>
        <source>unknown erasure strategy &quot;%1&quot; in %2 (expected keep, null, hmac, delete_row or {fixed: &quot;text&quot;}).</source>
        <translation>Unbekannte Löschstrategie „%1“ in %2 (erwartet: keep, null, hmac, delete_row oder {fixed: &quot;Text&quot;}).</translation>
    </message>
    <message>
        <source>erasure of %1 must be a strategy name or {fixed: &quot;text&quot;}.</source>
        <translation>Löschung von %1 muss ein Strategiename oder {fixed: &quot;Text&quot;} sein.</translation>
    </message>
    <message>
        <source>a retention rule of %1</source>
        <translation>eine Aufbewahrungsregel von %1</translation>
    </message>
    <message>
        <source>keep_for &quot;%1&quot; is not a period (write e.g. 7y, 24m or 90d).</source>
        <translation>keep_for „%1“ ist kein Zeitraum (schreiben Sie z. B. 7y, 24m oder 90d).</translation>
    </message>
    <message>
        <source>&quot;when&quot; of %1</source>
        <translation>„when“ von %1</translation>
    </message>
    <message>
        <source>&quot;when&quot; of %1 needs equals: value or in: [values].</source>
        <translation>„when“ von %1 braucht equals: Wert oder in: [Werte].</translation>
    </message>
    <message>
        <source>%1 uses field &quot;%2&quot;, which the table does not declare.</source>
        <translation>%1 verwendet das Feld „%2“, das die Tabelle nicht deklariert.</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>a data map must be a YAML mapping with lethe_datamap, system and sources.</source>
        <translation>Eine Datenlandkarte muss eine YAML-Zuordnung mit lethe_datamap, system und sources sein.</translation>
    </message>
    <message>
        <source>the data map</source>
        <translation>die Datenlandkarte</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Lethe reads version 1).</source>
        <translation>Formatversion %1 wird nicht unterstützt (dieses Lethe liest Version 1).</translation>
    </message>
    <message>
        <source>the data map needs &quot;system&quot;.</source>
        <translation>Der Datenlandkarte fehlt „system“.</translation>
    </message>
    <message>
        <source>the data map needs &quot;sources&quot;: the databases of this system.</source>
        <translation>Der Datenlandkarte fehlt „sources“: die Datenbanken dieses Systems.</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is declared twice.</source>
        <translation>Quelle „%1“ ist doppelt deklariert.</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than 16 MB; a data map is a short text.</source>
        <translation>Die Datei ist größer als 16 MB; eine Datenlandkarte ist ein kurzer Text.</translation>
    </message>
    <message>
        <source>recipient &quot;%1&quot; has both &quot;connection&quot; (reached through its API) and &quot;manual&quot; (a task for a person); choose one.</source>
        <translation>Empfänger „%1“ hat sowohl „connection“ (Zugriff über seine API) als auch „manual“ (eine Aufgabe für eine Person); wählen Sie eines davon.</translation>
    </message>
    <message>
        <source>a reference of %1</source>
        <translation>ein Verweis von %1</translation>
    </message>
    <message>
        <source>%1 needs &quot;columns&quot; and &quot;to&quot;: lists of the same length, paired by position (columns: [node_id, version], table: nodes, to: [id, version]).</source>
        <translation>%1 braucht &quot;columns&quot; und &quot;to&quot;: Listen gleicher Länge, nach Position gepaart (columns: [node_id, version], table: nodes, to: [id, version]).</translation>
    </message>
    <message>
        <source>%1 names column &quot;%2&quot;, which is not one of the table&apos;s fields.</source>
        <translation>%1 nennt die Spalte &quot;%2&quot;, die keines der Felder der Tabelle ist.</translation>
    </message>
    <message>
        <source>%1 points at table &quot;%2&quot;, which this source does not declare.</source>
        <translation>%1 verweist auf die Tabelle &quot;%2&quot;, die diese Quelle nicht deklariert.</translation>
    </message>
    <message>
        <source>%1 points at &quot;%2.%3&quot;, but table &quot;%2&quot; has no field &quot;%3&quot;.</source>
        <translation>%1 verweist auf &quot;%2.%3&quot;, aber die Tabelle &quot;%2&quot; hat kein Feld &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>&quot;references&quot; in %1 must be a list of {columns: [...], table: ..., to: [...]}.</source>
        <translation>&quot;references&quot; in %1 muss eine Liste von {columns: [...], table: ..., to: [...]} sein.</translation>
    </message>
    <message>
        <source>&quot;about&quot; in %1 must be subject or others, not &quot;%2&quot;.</source>
        <translation>&quot;about&quot; in %1 muss subject oder others sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;follow&quot; must be true or false, not &quot;%1&quot;.</source>
        <translation>&quot;follow&quot; muss true oder false sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;schema&quot; (%1): SQLite has no schemas (Lethe does not read ATTACHed databases); remove it, or describe the other database file as a source of its own.</source>
        <translation>„schema“ (%1): SQLite kennt keine Schemas (Lethe liest keine mit ATTACH angehängten Datenbanken); entfernen Sie es, oder beschreiben Sie die andere Datenbankdatei als eigene Quelle.</translation>
    </message>
    <message>
        <source>schema &quot;%1&quot; is not a usable schema name (1-63 characters, no control characters, no leading or trailing spaces).</source>
        <translation>Schema „%1“ ist kein verwendbarer Schemaname (1–63 Zeichen, keine Steuerzeichen, keine Leerzeichen am Anfang oder Ende).</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is declared twice in %2, in schemas &quot;%3&quot; and &quot;%4&quot;: a source names each table once; describe the second one in a source of its own (same connection, its own schema).</source>
        <translation>Tabelle „%1“ ist in %2 zweimal angegeben, in den Schemas „%3“ und „%4“: eine Quelle nennt jede Tabelle nur einmal; beschreiben Sie die zweite in einer eigenen Quelle (dieselbe Verbindung, ihr eigenes Schema).</translation>
    </message>
</context>
<context>
    <name>lethe::DeadlineSettingsDialog</name>
    <message>
        <source>Deadline settings</source>
        <translation>Fristeinstellungen</translation>
    </message>
    <message>
        <source>Not set (GDPR: weekends only; UK GDPR: England and Wales)</source>
        <translation>Nicht gesetzt (DSGVO: nur Wochenenden; UK GDPR: England und Wales)</translation>
    </message>
    <message>
        <source>Pause: the days waited are added to the month</source>
        <translation>Hemmung: Die Wartetage werden an den Monat angehängt</translation>
    </message>
    <message>
        <source>Restart: the month begins when the answer arrives</source>
        <translation>Neubeginn: Der Monat beginnt mit der Antwort</translation>
    </message>
    <message>
        <source>&amp;Established in:</source>
        <translation>&amp;Niedergelassen in:</translation>
    </message>
    <message>
        <source>EU GDPR &amp;clock:</source>
        <translation>&amp;Fristlauf DSGVO (EU):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A due date on a weekend or a public holiday of this calendar moves to the next working day. A request can choose its own calendar. CCPA business days are always California&apos;s. UK GDPR always restarts the month (Art. 12A); CCPA&apos;s 45 days never stop.</source>
        <translation>Eine Frist, die auf ein Wochenende oder einen Feiertag dieses Kalenders fällt, endet am nächsten Werktag. Eine Anfrage kann einen eigenen Kalender wählen. CCPA-Geschäftstage sind immer die Kaliforniens. UK GDPR beginnt den Monat immer neu (Art. 12A); die 45 Tage der CCPA halten nie an.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>lethe::Deadlines</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Moved from %1 (a weekend) to %2, the next working day.</source>
        <translation>Von %1 (Wochenende) auf %2 verschoben, den nächsten Werktag.</translation>
    </message>
    <message>
        <source>%1 and the weekend</source>
        <translation>%1 und das Wochenende</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 over %3 (calendar %4).</source>
        <translation>Von %1 auf %2 verschoben wegen %3 (Kalender %4).</translation>
    </message>
</context>
<context>
    <name>lethe::DemoData</name>
    <message>
        <source>Demo step for %1 failed: %2</source>
        <translation>Demo-Schritt für %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>lethe::DemoGenerator</name>
    <message>
        <source>&quot;{&quot; at character %1 is not closed.</source>
        <translation>„{“ an Zeichen %1 wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (expected one of: %2).</source>
        <translation>unbekannter Platzhalter {%1} (erwartet: einer von %2).</translation>
    </message>
    <message>
        <source>{%1} needs two whole numbers, the lower first: {%2:FROM:TO}.</source>
        <translation>{%1} braucht zwei ganze Zahlen, die kleinere zuerst: {%2:VON:BIS}.</translation>
    </message>
    <message>
        <source>the spec must be a mapping.</source>
        <translation>die Spezifikation muss eine Zuordnung (Mapping) sein.</translation>
    </message>
    <message>
        <source>&quot;lethe_demo: 1&quot; is required (the spec format version).</source>
        <translation>„lethe_demo: 1“ ist erforderlich (die Version des Formats).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>„%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be lower-case letters, digits, - and _.</source>
        <translation>%1: „%2“ darf nur Kleinbuchstaben, Ziffern, - und _ enthalten.</translation>
    </message>
    <message>
        <source>account_share: &quot;%1&quot; must be between 0 and 1.</source>
        <translation>account_share: „%1“ muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>&quot;tables&quot; must list at least one table.</source>
        <translation>„tables“ muss mindestens eine Tabelle aufführen.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of: %2).</source>
        <translation>unbekannter Schlüssel „%1“ (erwartet: einer von %2).</translation>
    </message>
    <message>
        <source>a table must be a mapping.</source>
        <translation>eine Tabelle muss eine Zuordnung (Mapping) sein.</translation>
    </message>
    <message>
        <source>table name &quot;%1&quot; is missing or not a valid identifier.</source>
        <translation>Tabellenname „%1“ fehlt oder ist kein gültiger Bezeichner.</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is declared twice.</source>
        <translation>Tabelle „%1“ ist doppelt deklariert.</translation>
    </message>
    <message>
        <source>rows: per &quot;%1&quot; must name a table declared above.</source>
        <translation>rows: per „%1“ muss eine weiter oben deklarierte Tabelle nennen.</translation>
    </message>
    <message>
        <source>rows: count must be N or [MIN, MAX] with 0 &lt;= MIN &lt;= MAX.</source>
        <translation>rows: count muss N oder [MIN, MAX] mit 0 &lt;= MIN &lt;= MAX sein.</translation>
    </message>
    <message>
        <source>rows: expected &quot;accounts&quot; or {per: TABLE, count: [MIN, MAX]}.</source>
        <translation>rows: erwartet „accounts“ oder {per: TABELLE, count: [MIN, MAX]}.</translation>
    </message>
    <message>
        <source>person: &quot;%1&quot; must be parent or lead.</source>
        <translation>person: „%1“ muss parent oder lead sein.</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; needs columns.</source>
        <translation>Tabelle „%1“ braucht Spalten.</translation>
    </message>
    <message>
        <source>a column must be a mapping.</source>
        <translation>eine Spalte muss eine Zuordnung (Mapping) sein.</translation>
    </message>
    <message>
        <source>column name &quot;%1&quot; is missing or not a valid identifier.</source>
        <translation>Spaltenname „%1“ fehlt oder ist kein gültiger Bezeichner.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is declared twice.</source>
        <translation>Spalte „%1“ ist doppelt deklariert.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: type &quot;%2&quot; is not one of: %3.</source>
        <translation>Spalte „%1“: Typ „%2“ ist keiner von: %3.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: {parent.%2} needs rows: {per: TABLE}.</source>
        <translation>Spalte „%1“: {parent.%2} braucht rows: {per: TABELLE}.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: table &quot;%2&quot; has no column &quot;%3&quot;.</source>
        <translation>Spalte „%1“: Tabelle „%2“ hat keine Spalte „%3“.</translation>
    </message>
    <message>
        <source>null_share: &quot;%1&quot; must be a share between 0 and 1.</source>
        <translation>null_share: „%1“ muss ein Anteil zwischen 0 und 1 sein.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: long_text cannot be indexed; use text.</source>
        <translation>Spalte „%1“: long_text kann nicht indiziert werden; text verwenden.</translation>
    </message>
    <message>
        <source>references: &quot;%1&quot; must name TABLE.COLUMN of a table declared above.</source>
        <translation>references: „%1“ muss TABELLE.SPALTE einer weiter oben deklarierten Tabelle nennen.</translation>
    </message>
    <message>
        <source>on_delete: &quot;%1&quot; must be cascade, set null or restrict.</source>
        <translation>on_delete: „%1“ muss cascade, set null oder restrict sein.</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; needs a primary_key.</source>
        <translation>Tabelle „%1“ braucht einen primary_key.</translation>
    </message>
    <message>
        <source>primary_key: &quot;%1&quot; is not a column of &quot;%2&quot;.</source>
        <translation>primary_key: „%1“ ist keine Spalte von „%2“.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: cannot prepare the insert: %2</source>
        <translation>%1: das Einfügen kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1: insert failed: %2</source>
        <translation>%1: Einfügen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Generating the demo data was cancelled.</source>
        <translation>Das Erzeugen der Demodaten wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: commit failed: %2</source>
        <translation>%1: Festschreiben fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>lethe::DemoProducts</name>
    <message>
        <source>%1: a demo product needs generate.yaml and datamap.yaml.</source>
        <translation>%1: ein Demo-Produkt braucht generate.yaml und datamap.yaml.</translation>
    </message>
    <message>
        <source>%1: no demo products found.</source>
        <translation>%1: keine Demo-Produkte gefunden.</translation>
    </message>
    <message>
        <source>Cannot create database %1: %2</source>
        <translation>Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>lethe::DraftReviewDialog</name>
    <message>
        <source>Discover Data Map</source>
        <translation>Datenkarte ermitteln</translation>
    </message>
    <message>
        <source>1. Database to read</source>
        <translation>1. Zu lesende Datenbank</translation>
    </message>
    <message>
        <source>sqlite:/path/to/file.db or postgres://user@host:5432/database</source>
        <translation>sqlite:/pfad/zur/datei.db oder postgres://benutzer@host:5432/datenbank</translation>
    </message>
    <message>
        <source>keychain key of the password (servers only)</source>
        <translation>Schlüsselbund-Schlüssel des Passworts (nur Server)</translation>
    </message>
    <message>
        <source>default: from the database name</source>
        <translation>Standard: aus dem Datenbanknamen</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Ermitteln</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Password key:</source>
        <translation>Passwort-Schlüssel:</translation>
    </message>
    <message>
        <source>Values sampled per column:</source>
        <translation>Stichproben je Spalte:</translation>
    </message>
    <message>
        <source>System key:</source>
        <translation>Systemschlüssel:</translation>
    </message>
    <message>
        <source>2. Review what was found</source>
        <translation>2. Ergebnis prüfen</translation>
    </message>
    <message>
        <source>Nothing discovered yet.</source>
        <translation>Noch nichts ermittelt.</translation>
    </message>
    <message>
        <source>Show only columns that look like personal data</source>
        <translation>Nur Spalten zeigen, die nach personenbezogenen Daten aussehen</translation>
    </message>
    <message>
        <source>3. What discovery cannot know</source>
        <translation>3. Was die Ermittlung nicht wissen kann</translation>
    </message>
    <message>
        <source>One purpose per line, as the privacy policy states them</source>
        <translation>Ein Zweck je Zeile, wie in der Datenschutzerklärung</translation>
    </message>
    <message>
        <source>System name:</source>
        <translation>Systemname:</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Zwecke:</translation>
    </message>
    <message>
        <source>&amp;Save Map…</source>
        <translation>Karte &amp;speichern …</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Reading the schema and sampling values…</source>
        <translation>Schema wird gelesen und Stichproben werden genommen …</translation>
    </message>
    <message>
        <source>Discovery cancelled.</source>
        <translation>Ermittlung abgebrochen.</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Ermittlung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) read; </source>
        <translation>
            <numerusform>%n Spalte gelesen; </numerusform>
            <numerusform>%n Spalten gelesen; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look like personal data.</source>
        <translation>
            <numerusform>%n sieht nach personenbezogenen Daten aus.</numerusform>
            <numerusform>%n sehen nach personenbezogenen Daten aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Data Map</source>
        <translation>Datenkarte speichern</translation>
    </message>
    <message>
        <source>Data maps (*.yaml *.yml)</source>
        <translation>Datenkarten (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1: a valid data map. Put it in a workspace&apos;s datamaps folder to search it.</source>
        <translation>%1 gespeichert: eine gültige Datenkarte. Zum Durchsuchen in den Ordner datamaps eines Arbeitsbereichs legen.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1, but it is not yet a valid data map (%n problem(s)):</source>
        <translation>
            <numerusform>%1 gespeichert, aber noch keine gültige Datenkarte (%n Problem):</numerusform>
            <numerusform>%1 gespeichert, aber noch keine gültige Datenkarte (%n Probleme):</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click Categories (comma-separated, e.g. user.contact.email), Identity (email, phone, user-id, or empty) or Erasure (keep, null, hmac, delete_row, or fixed: text) to correct them; hover over Evidence for the reasons. The erasure proposed for each column comes from its category and is saved as shown: accept or change it.</source>
        <translation>Doppelklicken Sie auf Kategorien (durch Kommas getrennt, z. B. user.contact.email), Identität (email, phone, user-id oder leer) oder Löschung (keep, null, hmac, delete_row oder fixed: Text), um sie zu korrigieren; die Gründe zeigt der Tooltip über Belege. Die für jede Spalte vorgeschlagene Löschung ergibt sich aus ihrer Kategorie und wird wie angezeigt gespeichert: Übernehmen oder ändern Sie sie.</translation>
    </message>
</context>
<context>
    <name>lethe::DraftReviewModel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Löschung</translation>
    </message>
</context>
<context>
    <name>lethe::DueKeys</name>
    <message>
        <source>Reading clock stops</source>
        <translation>Fristunterbrechungen lesen</translation>
    </message>
    <message>
        <source>Reading the request&apos;s deadline</source>
        <translation>Die Frist der Anfrage wird gelesen</translation>
    </message>
    <message>
        <source>Storing the request&apos;s deadline</source>
        <translation>Die Frist der Anfrage wird gespeichert</translation>
    </message>
    <message>
        <source>Checking the stored deadlines</source>
        <translation>Die gespeicherten Fristen werden geprüft</translation>
    </message>
    <message>
        <source>Checking who may store deadlines</source>
        <translation>Es wird geprüft, wer Fristen speichern darf</translation>
    </message>
    <message>
        <source>Reading the requests whose deadline is out of date</source>
        <translation>Die Anfragen mit veralteter Frist werden gelesen</translation>
    </message>
    <message>
        <source>Storing the requests&apos; deadlines</source>
        <translation>Die Fristen der Anfragen werden gespeichert</translation>
    </message>
    <message>
        <source>Counting the requests whose deadline is out of date</source>
        <translation>Zählen der Anträge, deren Frist veraltet ist</translation>
    </message>
</context>
<context>
    <name>lethe::ErasureExecutor</name>
    <message>
        <source>The plan erases in system &quot;%1&quot;, but the workspace has no data map for it now.</source>
        <translation>Der Plan löscht im System „%1“, aber der Arbeitsbereich hat dafür keine Datenlandkarte mehr.</translation>
    </message>
    <message>
        <source>The plan erases in %1 › %2, which the data map no longer has.</source>
        <translation>Der Plan löscht in %1 › %2, das die Datenlandkarte nicht mehr enthält.</translation>
    </message>
    <message>
        <source>%1 › %2: %3</source>
        <translation>%1 › %2: %3</translation>
    </message>
    <message>
        <source>The erasure was stopped between two batches (%1 of %2 done); resume it to finish.</source>
        <translation>Die Löschung wurde zwischen zwei Stapeln angehalten (%1 von %2 erledigt); setzen Sie sie fort, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is missing or its secret could not be read.</source>
        <translation>Die Verbindung „%1“ fehlt, oder ihr Zugangsschlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1&apos;s erasure job %2 (%3) had not finished when Lethe stopped waiting. Check that it finished, then complete this task with the processor&apos;s confirmation.</source>
        <translation>Der Löschjob %2 (%3) bei %1 war noch nicht beendet, als Lethe aufgehört hat zu warten. Prüfen Sie, ob er beendet wurde, und erledigen Sie diese Aufgabe dann mit der Bestätigung des Auftragsverarbeiters.</translation>
    </message>
    <message>
        <source>%1: the workspace&apos;s keyed-hash key is missing.</source>
        <translation>%1: Der HMAC-Schlüssel des Arbeitsbereichs fehlt.</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: Transaktion kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot commit: %2</source>
        <translation>%1: Festschreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Verifying %1 › %2.%3: %4</source>
        <translation>Verifizierung von %1 › %2.%3: %4</translation>
    </message>
    <message>
        <source>Erasure run %1 of %2 was started by an earlier version of Lethe that did not store its batch layout, so it cannot be resumed exactly. Make a new plan (`lethe-cli erase --request %2 --plan`): it covers what is still there.</source>
        <translation>Der Löschlauf %1 von %2 wurde von einer früheren Lethe-Version gestartet, die seine Stapelaufteilung nicht gespeichert hat; er kann daher nicht exakt fortgesetzt werden. Erstellen Sie einen neuen Plan (`lethe-cli erase --request %2 --plan`): Er erfasst, was noch vorhanden ist.</translation>
    </message>
    <message>
        <source>Erasure run %1 of %2: the stored plan no longer gives the steps the run started with (layout %3, now %4); nothing was done. Make a new plan.</source>
        <translation>Löschlauf %1 von %2: Der gespeicherte Plan ergibt nicht mehr die Schritte, mit denen der Lauf begann (Aufteilung %3, jetzt %4); es wurde nichts getan. Erstellen Sie einen neuen Plan.</translation>
    </message>
    <message>
        <source>Erasure run %1 of %2: journal line %3 (%4) does not match step %3 of the stored plan; nothing was done. The journal or the plan was changed.</source>
        <translation>Löschlauf %1 von %2: Journalzeile %3 (%4) passt nicht zu Schritt %3 des gespeicherten Plans; es wurde nichts getan. Das Journal oder der Plan wurde verändert.</translation>
    </message>
    <message>
        <source>Verifying %1: %2</source>
        <translation>Prüfung von %1: %2</translation>
    </message>
    <message>
        <source>%1 › %2.%3: %4 of %5 rows still hold a value in %6, which was to be nulled first.</source>
        <translation>%1 › %2.%3: %4 von %5 Zeilen haben noch einen Wert in %6, das zuerst geleert werden sollte.</translation>
    </message>
    <message>
        <source>%1: %2 rows planned, %3 affected.</source>
        <translation>%1: %2 Zeilen geplant, %3 betroffen.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows planned for deletion are still there.</source>
        <translation>%1: %2 von %3 zum Löschen geplanten Zeilen sind noch vorhanden.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows planned for an update do not hold the erased values.</source>
        <translation>%1: %2 von %3 zur Änderung geplanten Zeilen enthalten nicht die gelöschten Werte.</translation>
    </message>
    <message>
        <source>%1: %2 updated rows still hold the subject&apos;s email address or phone number.</source>
        <translation>%1: %2 geänderte Zeilen enthalten noch die E-Mail-Adresse oder Telefonnummer der betroffenen Person.</translation>
    </message>
    <message>
        <source>%1: a new search finds %2 rows the plan neither erases nor keeps.</source>
        <translation>%1: Eine neue Suche findet %2 Zeilen, die der Plan weder löscht noch aufbewahrt.</translation>
    </message>
    <message>
        <source>Erasure run %1 has a stored layout but no batch size; its record is damaged.</source>
        <translation>Der Löschlauf %1 hat eine gespeicherte Aufteilung, aber keine Stapelgröße; sein Datensatz ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>lethe::ErasureOrder</name>
    <message>
        <source>The tables %1 point at each other and none of these references may be NULL, so no erasure order exists: %2. Make one of the columns nullable, or erase these tables by a rule the database runs (ON DELETE CASCADE).</source>
        <translation>Die Tabellen %1 verweisen aufeinander, und keiner dieser Verweise darf NULL sein; daher gibt es keine Löschreihenfolge: %2. Machen Sie eine der Spalten nullbar, oder löschen Sie diese Tabellen über eine Regel der Datenbank (ON DELETE CASCADE).</translation>
    </message>
    <message>
        <source>The table %1 of source %2 is not in the database.</source>
        <translation>Die Tabelle %1 der Quelle %2 ist nicht in der Datenbank.</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a number of at most %1 digits, %2 after the point</source>
        <translation>eine Zahl mit höchstens %1 Stellen, davon %2 nach dem Komma</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>ein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>a time (HH:MM:SS)</source>
        <translation>eine Uhrzeit (HH:MM:SS)</translation>
    </message>
    <message>
        <source>a date and time (YYYY-MM-DD HH:MM:SS)</source>
        <translation>ein Datum mit Uhrzeit (JJJJ-MM-TT HH:MM:SS)</translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation>eine UUID</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>text of at most %1 characters</source>
        <translation>Text mit höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>jeden Wert</translation>
    </message>
    <message>
        <source>only values Lethe cannot check</source>
        <translation>nur Werte, die Lethe nicht prüfen kann</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation>„%1“ ist nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; the column holds at most %3</source>
        <translation>„%1“ hat %2 Zeichen; die Spalte fasst höchstens %3</translation>
    </message>
    <message>
        <source>Lethe cannot check that a %1 column takes &quot;%2&quot;</source>
        <translation>Lethe kann nicht prüfen, ob eine Spalte vom Typ %1 „%2“ annimmt</translation>
    </message>
    <message>
        <source>Reading the column types of source %1: %2</source>
        <translation>Lesen der Spaltentypen der Quelle %1: %2</translation>
    </message>
    <message>
        <source>erasure: null</source>
        <translation>erasure: null</translation>
    </message>
    <message>
        <source>erasure: hmac (a keyed hash, %1 characters of text)</source>
        <translation>erasure: hmac (ein verschlüsselter Hash, %1 Zeichen Text)</translation>
    </message>
    <message>
        <source>erasure: {fixed: &quot;%1&quot;}</source>
        <translation>erasure: {fixed: &quot;%1&quot;}</translation>
    </message>
    <message>
        <source>%1.%2 is %3: %4 cannot be written there, because %5. %6</source>
        <translation>%1.%2 ist %3: %4 kann dort nicht geschrieben werden, weil %5. %6</translation>
    </message>
    <message>
        <source>untyped</source>
        <translation>ohne Typ</translation>
    </message>
    <message>
        <source>Use erasure: null, or erase the row (erase: rows).</source>
        <translation>Verwenden Sie erasure: null, oder löschen Sie die Zeile (erase: rows).</translation>
    </message>
    <message>
        <source>The column is NOT NULL, so erase the row (erase: rows) or keep the field.</source>
        <translation>Die Spalte ist NOT NULL; löschen Sie daher die Zeile (erase: rows) oder behalten Sie das Feld.</translation>
    </message>
    <message>
        <source>it is the table&apos;s primary key, which identifies the row</source>
        <translation>sie der Primärschlüssel der Tabelle ist, der die Zeile bezeichnet</translation>
    </message>
    <message>
        <source>Erase the row instead (erase: rows).</source>
        <translation>Löschen Sie stattdessen die Zeile (erase: rows).</translation>
    </message>
    <message>
        <source>rows of %1 point at it through a foreign key</source>
        <translation>Zeilen von %1 über einen Fremdschlüssel auf sie verweisen</translation>
    </message>
    <message>
        <source>Erase the row (erase: rows) or keep the field.</source>
        <translation>Löschen Sie die Zeile (erase: rows) oder behalten Sie das Feld.</translation>
    </message>
    <message>
        <source>it is part of a foreign key to %1, which only NULL or an existing key satisfies</source>
        <translation>sie Teil eines Fremdschlüssels auf %1 ist, den nur NULL oder ein vorhandener Schlüssel erfüllt</translation>
    </message>
    <message>
        <source>the column is NOT NULL</source>
        <translation>die Spalte NOT NULL ist</translation>
    </message>
    <message>
        <source>Use a {fixed: &quot;...&quot;} value of its type (%1) or hmac on text, or erase the row (erase: rows).</source>
        <translation>Verwenden Sie einen Wert {fixed: &quot;...&quot;} ihres Typs (%1) oder hmac auf Text, oder löschen Sie die Zeile (erase: rows).</translation>
    </message>
    <message>
        <source>It is part of a foreign key, so erase the row (erase: rows).</source>
        <translation>Sie ist Teil eines Fremdschlüssels; löschen Sie daher die Zeile (erase: rows).</translation>
    </message>
    <message>
        <source>the column holds %1, not text</source>
        <translation>die Spalte %1 enthält, keinen Text</translation>
    </message>
    <message>
        <source>Use erasure: null, a {fixed: &quot;...&quot;} value of its type, or erase the row (erase: rows).</source>
        <translation>Verwenden Sie erasure: null, einen Wert {fixed: &quot;...&quot;} ihres Typs, oder löschen Sie die Zeile (erase: rows).</translation>
    </message>
    <message>
        <source>Use a {fixed: &quot;...&quot;} value of its type, or erase the row (erase: rows).</source>
        <translation>Verwenden Sie einen Wert {fixed: &quot;...&quot;} ihres Typs, oder löschen Sie die Zeile (erase: rows).</translation>
    </message>
    <message>
        <source>the column is UNIQUE, so the second row erased would collide with the first</source>
        <translation>die Spalte UNIQUE ist, sodass die zweite gelöschte Zeile mit der ersten kollidieren würde</translation>
    </message>
    <message>
        <source>Use erasure: null or hmac (distinct values stay distinct), or erase the row (erase: rows).</source>
        <translation>Verwenden Sie erasure: null oder hmac (verschiedene Werte bleiben verschieden), oder löschen Sie die Zeile (erase: rows).</translation>
    </message>
    <message>
        <source>Use hmac (distinct values stay distinct), or erase the row (erase: rows).</source>
        <translation>Verwenden Sie hmac (verschiedene Werte bleiben verschieden), oder löschen Sie die Zeile (erase: rows).</translation>
    </message>
    <message>
        <source>the column holds at most %1 characters</source>
        <translation>die Spalte höchstens %1 Zeichen fasst</translation>
    </message>
    <message>
        <source>Widen the column to at least %1 characters, or use erasure: null or a shorter {fixed: &quot;...&quot;} value, or erase the row (erase: rows).</source>
        <translation>Verbreitern Sie die Spalte auf mindestens %1 Zeichen, oder verwenden Sie erasure: null oder einen kürzeren Wert {fixed: &quot;...&quot;}, oder löschen Sie die Zeile (erase: rows).</translation>
    </message>
    <message>
        <source>Use a fixed value that is %1, erasure: null, or erase the row (erase: rows).</source>
        <translation>Verwenden Sie einen festen Wert, der %1 ist, erasure: null, oder löschen Sie die Zeile (erase: rows).</translation>
    </message>
</context>
<context>
    <name>lethe::ErasurePlanner</name>
    <message>
        <source>found from a phone number alone; a phone number can be shared (an office line), so a person must confirm these rows are the subject&apos;s</source>
        <translation>nur über eine Telefonnummer gefunden; eine Telefonnummer kann von mehreren genutzt werden (ein Büroanschluss), daher muss eine Person bestätigen, dass diese Zeilen zur betroffenen Person gehören</translation>
    </message>
    <message>
        <source>%1: the plan has problems and cannot run: %2</source>
        <translation>%1: Der Plan hat Probleme und kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1: the data changed since the plan %2 was made (it is now %3); make the plan again, check it, and run that one.</source>
        <translation>%1: Die Daten haben sich geändert, seit der Plan %2 erstellt wurde (jetzt %3); erstellen Sie den Plan neu, prüfen Sie ihn und führen Sie diesen neuen Plan aus.</translation>
    </message>
    <message>
        <source>the data map erases no field of this table</source>
        <translation>die Datenlandkarte löscht kein Feld dieser Tabelle</translation>
    </message>
    <message>
        <source>rows of %1 that stay point at it (%1.%2)</source>
        <translation>verbleibende Zeilen von %1 verweisen darauf (%1.%2)</translation>
    </message>
    <message>
        <source>Reading the schema of %1 › %2</source>
        <translation>Schema von %1 › %2 wird gelesen</translation>
    </message>
    <message>
        <source>%1 › %2: cannot connect: %3</source>
        <translation>%1 › %2: Verbindung nicht möglich: %3</translation>
    </message>
    <message>
        <source>Planning the erasure was cancelled.</source>
        <translation>Die Planung der Löschung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Searching %1</source>
        <translation>%1 wird durchsucht</translation>
    </message>
    <message>
        <source>Looking up %1&apos;s processors</source>
        <translation>Auftragsverarbeiter von %1 werden abgefragt</translation>
    </message>
    <message>
        <source>Counting the rows of %1 that point at %2: %3</source>
        <translation>Zählen der Zeilen von %1, die auf %2 verweisen: %3</translation>
    </message>
    <message>
        <source>other rows point at it through %1.%2 → %3, and they stay</source>
        <translation>andere Zeilen verweisen über %1.%2 → %3 darauf, und sie bleiben bestehen</translation>
    </message>
    <message>
        <source>The foreign key %1.(%2) points at %3.(%4), but the data map does not declare %5 in %3, so the plan cannot tell which rows it protects. Declare the column in the table %3.</source>
        <translation>Der Fremdschlüssel %1.(%2) verweist auf %3.(%4), aber die Datenlandkarte deklariert %5 in %3 nicht, daher kann der Plan nicht erkennen, welche Zeilen er schützt. Deklarieren Sie die Spalte in der Tabelle %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 › %2.%3: %n row(s) kept: the data map erases no field of this table</source>
        <translation>
            <numerusform>%1 › %2.%3: %n Zeile behalten: Die Datenkarte löscht kein Feld dieser Tabelle</numerusform>
            <numerusform>%1 › %2.%3: %n Zeilen behalten: Die Datenkarte löscht kein Feld dieser Tabelle</numerusform>
        </translation>
    </message>
    <message>
        <source>related, not the subject&apos;s own: erasing it would need a circle of references broken</source>
        <translation>verbunden, gehört nicht der betroffenen Person: zum Löschen müsste ein Kreis von Verweisen aufgebrochen werden</translation>
    </message>
    <message>
        <source>related, not the subject&apos;s own: rows of %1 that stay point at it (%1.%2)</source>
        <translation>verbunden, gehört nicht der betroffenen Person: bleibende Zeilen von %1 verweisen darauf (%1.%2)</translation>
    </message>
    <message numerus="yes">
        <source>related, not the subject&apos;s own: %n row(s) that stay point at it through %1.%2 → %3</source>
        <translation>
            <numerusform>verbunden, gehört nicht der betroffenen Person: %n bleibende Zeile verweist über %1.%2 → %3 darauf</numerusform>
            <numerusform>verbunden, gehört nicht der betroffenen Person: %n bleibende Zeilen verweisen über %1.%2 → %3 darauf</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored erasure plan is damaged (byte %1): %2.</source>
        <translation>Der gespeicherte Löschplan ist beschädigt (Byte %1): %2.</translation>
    </message>
    <message>
        <source>The stored erasure plan is damaged at %1 (byte %2): %3.</source>
        <translation>Der gespeicherte Löschplan ist bei %1 beschädigt (Byte %2): %3.</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>no such field in an erasure plan</source>
        <translation>kein Feld eines Löschplans</translation>
    </message>
    <message>
        <source>given twice</source>
        <translation>doppelt angegeben</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>a whole number from 0 to 999999999999999999</source>
        <translation>eine ganze Zahl von 0 bis 999999999999999999</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>muss ein Datum der Form JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>not a kind of identity</source>
        <translation>keine Art von Identität</translation>
    </message>
    <message>
        <source>a key list longer than %1 bytes</source>
        <translation>eine Schlüsselliste länger als %1 Bytes</translation>
    </message>
    <message>
        <source>keys: %1 in the text, %2 counted</source>
        <translation>Schlüssel: %1 im Text, %2 gezählt</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>%1, but the plan holds %2</source>
        <translation>%1, der Plan enthält aber %2</translation>
    </message>
    <message>
        <source>%1: this erasure&apos;s plan was stored by an earlier Lethe, which did not keep the user ids the databases taught (%2); it cannot be resumed as it was made. Make and approve a new plan: the rows already erased are not found again.</source>
        <translation>%1: Der Plan dieser Löschung wurde von einer früheren Lethe-Version gespeichert, die die von den Datenbanken gelernten Benutzer-IDs nicht aufbewahrt hat (%2); er kann nicht so fortgesetzt werden, wie er erstellt wurde. Erstellen und genehmigen Sie einen neuen Plan: Bereits gelöschte Zeilen werden nicht erneut gefunden.</translation>
    </message>
    <message>
        <source>The stored erasure plan is damaged.</source>
        <translation>Der gespeicherte Löschplan ist beschädigt.</translation>
    </message>
    <message>
        <source>user ids: %1 in the text, %2 counted</source>
        <translation>Benutzer-IDs: %1 im Text, %2 gezählt</translation>
    </message>
    <message>
        <source>not an erasure strategy</source>
        <translation>keine Löschstrategie</translation>
    </message>
    <message>
        <source>given for a strategy that writes no fixed text</source>
        <translation>angegeben für eine Strategie, die keinen festen Text schreibt</translation>
    </message>
    <message>
        <source>ids: %1 in the text, %2 counted</source>
        <translation>IDs: %1 im Text, %2 gezählt</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>an identity: its kind and value</source>
        <translation>eine Identität: ihre Art und ihr Wert</translation>
    </message>
</context>
<context>
    <name>lethe::ErasureRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The erasure&apos;s keyed-hash key is not available: %1</source>
        <translation>Der HMAC-Schlüssel für die Löschung ist nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>lethe::ErasureService</name>
    <message>
        <source>Erasing</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1: the stored plan of this erasure does not hash to its digest %2 (it hashes to %3): it was changed after it was made. Nothing was run. Make and approve a new plan.</source>
        <translation>%1: Der gespeicherte Plan dieser Löschung ergibt nicht seinen Digest %2 (sondern %3): Er wurde nach seiner Erstellung verändert. Es wurde nichts ausgeführt. Erstellen und genehmigen Sie einen neuen Plan.</translation>
    </message>
</context>
<context>
    <name>lethe::ErasureStore</name>
    <message>
        <source>Privacy officer</source>
        <translation>Datenschutzbeauftragte</translation>
    </message>
    <message>
        <source>Support lead</source>
        <translation>Support-Leitung</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s users</source>
        <translation>Lesen der Benutzer des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a user of this workspace; an officer adds users with `lethe-cli users add`.</source>
        <translation>%1: „%2“ ist kein Benutzer dieses Arbeitsbereichs; Datenschutzbeauftragte fügen Benutzer mit `lethe-cli users add` hinzu.</translation>
    </message>
    <message>
        <source>user: a name of 1 to 120 characters is needed.</source>
        <translation>Benutzer: Ein Name mit 1 bis 120 Zeichen ist nötig.</translation>
    </message>
    <message>
        <source>user %1: the first user must be you (%2) as an officer, or nobody could manage users afterwards.</source>
        <translation>Benutzer %1: Als ersten Benutzer müssen Sie sich selbst (%2) mit der Rolle Datenschutzbeauftragte eintragen, sonst könnte danach niemand mehr Benutzer verwalten.</translation>
    </message>
    <message>
        <source>Changing users</source>
        <translation>Ändern der Benutzer</translation>
    </message>
    <message>
        <source>user %1 is the last officer; add another officer first.</source>
        <translation>Benutzer %1 ist der letzte mit der Rolle Datenschutzbeauftragte; fügen Sie zuerst einen weiteren Benutzer mit dieser Rolle hinzu.</translation>
    </message>
    <message>
        <source>Saving user %1</source>
        <translation>Speichern des Benutzers %1</translation>
    </message>
    <message>
        <source>user %1: not a user of this workspace.</source>
        <translation>Benutzer %1: kein Benutzer dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Removing user %1</source>
        <translation>Entfernen des Benutzers %1</translation>
    </message>
    <message>
        <source>Changing the four-eyes rule</source>
        <translation>Ändern der Einstellung zum Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <source>%1 is a request of type &quot;%2&quot;; only erasure requests are erased.</source>
        <translation>%1 ist eine Anfrage vom Typ „%2“; gelöscht wird nur bei Löschanfragen.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: the subject&apos;s identity must be verified before anything is erased (status verified, in progress or awaiting approval).</source>
        <translation>%1 hat den Status „%2“: Die Identität der betroffenen Person muss bestätigt sein, bevor etwas gelöscht wird (Status „Identität bestätigt“, „In Bearbeitung“ oder „Zur Freigabe“).</translation>
    </message>
    <message>
        <source>Reading erasure runs</source>
        <translation>Lesen der Löschläufe</translation>
    </message>
    <message>
        <source>No such erasure plan.</source>
        <translation>Diesen Löschplan gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 has no erasure plan with digest %2; make the plan with `lethe-cli erase --request %1 --plan`.</source>
        <translation>%1 hat keinen Löschplan mit dem Digest %2; erstellen Sie den Plan mit `lethe-cli erase --request %1 --plan`.</translation>
    </message>
    <message>
        <source>Planning an erasure</source>
        <translation>Planen einer Löschung</translation>
    </message>
    <message>
        <source>Saving the erasure plan of %1</source>
        <translation>Speichern des Löschplans von %1</translation>
    </message>
    <message>
        <source>Approving an erasure</source>
        <translation>Freigeben einer Löschung</translation>
    </message>
    <message>
        <source>%1: the plan %2 is %3, not waiting for approval.</source>
        <translation>%1: Der Plan %2 hat den Zustand „%3“ und wartet nicht auf Freigabe.</translation>
    </message>
    <message>
        <source>%1: %2 made this plan; four eyes means a different officer approves it.</source>
        <translation>%1: %2 hat diesen Plan erstellt; nach dem Vier-Augen-Prinzip muss ihn eine andere Person mit der Rolle Datenschutzbeauftragte freigeben.</translation>
    </message>
    <message>
        <source>Approving the erasure plan of %1</source>
        <translation>Freigeben des Löschplans von %1</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1: this workspace requires four eyes; a second officer approves the plan first (`lethe-cli erase --request %1 --approve --digest %2`).</source>
        <translation>%1: In diesem Arbeitsbereich gilt das Vier-Augen-Prinzip; eine zweite Person mit der Rolle Datenschutzbeauftragte muss den Plan zuerst freigeben (`lethe-cli erase --request %1 --approve --digest %2`).</translation>
    </message>
    <message>
        <source>%1: the plan %2 is %3 and cannot be started.</source>
        <translation>%1: Der Plan %2 hat den Zustand „%3“ und kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1: %2 approved this plan and cannot also run it under four eyes.</source>
        <translation>%1: %2 hat diesen Plan freigegeben und darf ihn nach dem Vier-Augen-Prinzip nicht auch ausführen.</translation>
    </message>
    <message>
        <source>Starting the erasure of %1</source>
        <translation>Starten der Löschung von %1</translation>
    </message>
    <message>
        <source>%1: the plan was started by someone else meanwhile.</source>
        <translation>%1: Der Plan wurde inzwischen von jemand anderem gestartet.</translation>
    </message>
    <message>
        <source>Resuming an erasure</source>
        <translation>Fortsetzen einer Löschung</translation>
    </message>
    <message>
        <source>%1: the erasure run %2 is %3; nothing to resume.</source>
        <translation>%1: Der Löschlauf %2 hat den Zustand „%3“; es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>Resuming the erasure of %1</source>
        <translation>Fortsetzen der Löschung von %1</translation>
    </message>
    <message>
        <source>Saving the erasure report of %1</source>
        <translation>Speichern des Löschberichts von %1</translation>
    </message>
    <message>
        <source>Reading the erasure journal</source>
        <translation>Lesen des Löschjournals</translation>
    </message>
    <message>
        <source>Writing the erasure journal</source>
        <translation>Schreiben des Löschjournals</translation>
    </message>
    <message>
        <source>%1 needs the role &quot;%2&quot;; &quot;%3&quot; has the role &quot;%4&quot;.</source>
        <translation>%1 erfordert die Rolle „%2“; „%3“ hat die Rolle „%4“.</translation>
    </message>
    <message>
        <source>%1: %2 approved this plan and cannot also run or resume it under four eyes; another officer resumes it.</source>
        <translation>%1: %2 hat diesen Plan genehmigt und darf ihn beim Vier-Augen-Prinzip weder ausführen noch fortsetzen; eine andere Datenschutzbeauftragte oder ein anderer Datenschutzbeauftragter setzt ihn fort.</translation>
    </message>
    <message>
        <source>Storing the batch layout of erasure run %1</source>
        <translation>Speichern der Stapelaufteilung des Löschlaufs %1</translation>
    </message>
    <message>
        <source>Reading the role of %1</source>
        <translation>Die Rolle von %1 lesen</translation>
    </message>
    <message>
        <source>%1: the login %2 is in none of this team&apos;s roles; the database administrator adds it with `lethe-cli workspace setup-team`.</source>
        <translation>%1: Die Anmeldung %2 hat keine der Rollen dieses Teams; die Datenbankadministration fügt sie mit `lethe-cli workspace setup-team` hinzu.</translation>
    </message>
    <message>
        <source>This is a team workspace: its users are database logins, and their roles are set by the database administrator (`lethe-cli workspace setup-team --apply`), not from Lethe.</source>
        <translation>Dies ist ein Team-Arbeitsbereich: Seine Benutzer sind Datenbank-Anmeldungen, und ihre Rollen legt die Datenbankadministration fest (`lethe-cli workspace setup-team --apply`), nicht Lethe.</translation>
    </message>
    <message>
        <source>Part %1 of the stored plan of erasure run %2 is empty.</source>
        <translation>Teil %1 des gespeicherten Plans des Löschlaufs %2 ist leer.</translation>
    </message>
    <message>
        <source>Part %1 of the stored plan of erasure run %2 is missing.</source>
        <translation>Teil %1 des gespeicherten Plans des Löschlaufs %2 fehlt.</translation>
    </message>
</context>
<context>
    <name>lethe::ErasureTree</name>
    <message>
        <source>(erasable from %1)</source>
        <translation>(löschbar ab %1)</translation>
    </message>
    <message>
        <source>(erasable from %1 to %2, row by row)</source>
        <translation>(löschbar zwischen %1 und %2, je nach Zeile)</translation>
    </message>
    <message>
        <source>%1 emptied</source>
        <translation>%1 geleert</translation>
    </message>
    <message>
        <source>%1 replaced by a keyed hash</source>
        <translation>%1 durch schlüsselabhängigen Hash ersetzt</translation>
    </message>
    <message>
        <source>%1 set to “%2”</source>
        <translation>%1 auf „%2“ gesetzt</translation>
    </message>
    <message>
        <source>System / table</source>
        <translation>System / Tabelle</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rows deleted, or records erased at a processor</source>
        <translation>Gelöschte Zeilen oder bei einem Auftragsverarbeiter gelöschte Einträge</translation>
    </message>
    <message>
        <source>Rows whose personal fields are overwritten</source>
        <translation>Zeilen, deren personenbezogene Felder überschrieben werden</translation>
    </message>
    <message>
        <source>Rows and records left in place, with the reason</source>
        <translation>Zeilen und Einträge, die erhalten bleiben, mit Begründung</translation>
    </message>
    <message>
        <source>Kept: retention rule</source>
        <translation>Behalten: Aufbewahrungsregel</translation>
    </message>
    <message>
        <source>Kept: a kept row refers to it</source>
        <translation>Behalten: Eine behaltene Zeile verweist darauf</translation>
    </message>
    <message>
        <source>Left: phone match not confirmed</source>
        <translation>Unberührt: Treffer über Telefonnummer nicht bestätigt</translation>
    </message>
    <message>
        <source>Kept: the map erases nothing here</source>
        <translation>Behalten: Die Datenlandkarte löscht hier nichts</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Behalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>First %1 emptied in %n row(s), to break a cycle of references</source>
        <translation>
            <numerusform>Zuerst %1 in %n Zeile geleert, um einen Verweiszyklus aufzulösen</numerusform>
            <numerusform>Zuerst %1 in %n Zeilen geleert, um einen Verweiszyklus aufzulösen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to erase</source>
        <translation>nichts zu löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n found from a phone number alone (confirmed)</source>
        <translation>
            <numerusform>%n nur über eine Telefonnummer gefunden (bestätigt)</numerusform>
            <numerusform>%n nur über eine Telefonnummer gefunden (bestätigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>only records found from a phone number alone</source>
        <translation>ausschließlich über eine Telefonnummer gefundene Einträge</translation>
    </message>
    <message>
        <source>nothing found at this processor</source>
        <translation>bei diesem Auftragsverarbeiter nichts gefunden</translation>
    </message>
    <message>
        <source>records left alone until the match is confirmed</source>
        <translation>Einträge bleiben unberührt, bis der Treffer bestätigt ist</translation>
    </message>
    <message>
        <source>The processor keeps</source>
        <translation>Der Auftragsverarbeiter bewahrt auf</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Manual tasks (%1)</source>
        <translation>Manuelle Aufgaben (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still there that the plan did not keep</source>
        <translation>
            <numerusform>%n Zeile noch vorhanden, die der Plan nicht behalten sollte</numerusform>
            <numerusform>%n Zeilen noch vorhanden, die der Plan nicht behalten sollte</numerusform>
        </translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failed</source>
        <translation>
            <numerusform>%1: %n fehlgeschlagen</numerusform>
            <numerusform>%1: %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: nothing to erase</source>
        <translation>%1: nichts zu löschen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: a person erases what this processor holds (see the request&apos;s manual tasks)</source>
        <translation>%1: Eine Person löscht, was dieser Auftragsverarbeiter gespeichert hat (siehe die manuellen Aufgaben der Anfrage)</translation>
    </message>
    <message>
        <source>%1 planned, %2 affected</source>
        <translation>%1 geplant, %2 betroffen</translation>
    </message>
    <message numerus="yes">
        <source>%n planned row(s) still there</source>
        <translation>
            <numerusform>%n geplante Zeile noch vorhanden</numerusform>
            <numerusform>%n geplante Zeilen noch vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without the erased values</source>
        <translation>
            <numerusform>%n Zeile ohne die gelöschten Werte</numerusform>
            <numerusform>%n Zeilen ohne die gelöschten Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still holding the email or phone</source>
        <translation>
            <numerusform>%n Zeile enthält noch die E-Mail-Adresse oder Telefonnummer</numerusform>
            <numerusform>%n Zeilen enthalten noch die E-Mail-Adresse oder Telefonnummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n related: the subject&apos;s rows point at them and nothing staying does</source>
        <translation>
            <numerusform>%n verbundene: Zeilen der betroffenen Person verweisen darauf, keine bleibende Zeile</numerusform>
            <numerusform>%n verbundene: Zeilen der betroffenen Person verweisen darauf, keine bleibende Zeile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::ErasureWizard</name>
    <message>
        <source>Rows to delete: %1 · to update: %2 · to keep: %3 · Processor records: %4 · Manual tasks: %5</source>
        <translation>Zeilen zum Löschen: %1 · zum Ändern: %2 · zum Behalten: %3 · Einträge bei Auftragsverarbeitern: %4 · Manuelle Aufgaben: %5</translation>
    </message>
    <message>
        <source>Erase Subject</source>
        <translation>Personendaten löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Plan Again</source>
        <translation>&amp;Neu planen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Save Plan for Approval</source>
        <translation>Plan zur &amp;Freigabe speichern</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Stop After This Batch</source>
        <translation>Nach diesem Stapel &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem aktuellen Stapel angehalten…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Checking the plan against the data: %1</source>
        <translation>Plan wird mit den Daten abgeglichen: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Making the plan: every row and record the subject&apos;s identities reach, and what the data maps say to do with each…</source>
        <translation>Plan wird erstellt: alle Zeilen und Einträge, zu denen die Identitäten der betroffenen Person führen, und was laut den Datenlandkarten jeweils mit ihnen geschehen soll…</translation>
    </message>
    <message>
        <source>Include rows found from a &amp;phone number alone</source>
        <translation>Auch Zeilen einbeziehen, die nur über eine &amp;Telefonnummer gefunden wurden</translation>
    </message>
    <message>
        <source>A shared line (an office, a family) reaches other people too: check the preview before including these rows.</source>
        <translation>Über einen gemeinsam genutzten Anschluss (Büro, Familie) werden auch andere Personen gefunden: Prüfen Sie die Vorschau, bevor Sie diese Zeilen einbeziehen.</translation>
    </message>
    <message>
        <source>Each batch of rows is its own transaction, written to the run&apos;s journal before and after. Stop finishes the current batch; a stopped erasure is resumed from where it stopped, here or from the message shown when the workspace opens.</source>
        <translation>Jeder Stapel von Zeilen ist eine eigene Transaktion und wird davor und danach im Löschjournal des Laufs festgehalten. Beim Anhalten wird der aktuelle Stapel noch abgeschlossen; eine angehaltene Löschung wird dort fortgesetzt, wo sie angehalten wurde – hier oder über die Meldung, die beim Öffnen des Arbeitsbereichs erscheint.</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Resuming an erasure</source>
        <translation>Fortsetzen einer Löschung</translation>
    </message>
    <message>
        <source>1 Plan</source>
        <translation>1 Plan</translation>
    </message>
    <message>
        <source>2 Confirm</source>
        <translation>2 Bestätigen</translation>
    </message>
    <message>
        <source>3 Erasing</source>
        <translation>3 Löschen</translation>
    </message>
    <message>
        <source>4 Report</source>
        <translation>4 Bericht</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Erase the data of %1 (%2)</source>
        <translation>Daten von %1 (%2) löschen</translation>
    </message>
    <message>
        <source>This workspace has no data maps: there is nothing to plan an erasure from.</source>
        <translation>Dieser Arbeitsbereich hat keine Datenlandkarten: Es gibt nichts, woraus sich eine Löschung planen ließe.</translation>
    </message>
    <message>
        <source>Reading passwords from the keychain…</source>
        <translation>Passwörter werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) or record(s) found from a phone number alone are left alone.</source>
        <translation>
            <numerusform>%n nur über eine Telefonnummer gefundener Treffer (Zeile oder Eintrag) bleibt unberührt.</numerusform>
            <numerusform>%n nur über eine Telefonnummer gefundene Treffer (Zeilen oder Einträge) bleiben unberührt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digest %1</source>
        <translation>Digest %1</translation>
    </message>
    <message>
        <source>The plan&apos;s digest (SHA-256): %1
What runs is checked to be exactly this plan.</source>
        <translation>Digest des Plans (SHA-256): %1
Es wird geprüft, dass genau dieser Plan ausgeführt wird.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer Punkt.</numerusform>
            <numerusform>… und %n weitere Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan cannot run until these are fixed:
%1</source>
        <translation>Dieser Plan kann erst ausgeführt werden, wenn Folgendes behoben ist:
%1</translation>
    </message>
    <message>
        <source>Not in this plan (a person must see to them):
%1</source>
        <translation>Nicht in diesem Plan enthalten (eine Person muss sich darum kümmern):
%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;This erases the data of &lt;b&gt;%1&lt;/b&gt; (%2) exactly as the plan shows.&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Deleted and overwritten rows cannot be brought back. Rows the plan keeps stay, with their reasons, and are listed in the report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Damit werden die Daten von &lt;b&gt;%1&lt;/b&gt; (%2) genau so gelöscht, wie der Plan es zeigt.&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Gelöschte und überschriebene Zeilen lassen sich nicht wiederherstellen. Zeilen, die der Plan behält, bleiben mit ihrer Begründung erhalten und werden im Bericht aufgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>To confirm, type the subject&apos;s primary identity, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung die primäre Identität der betroffenen Person ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>This workspace requires four eyes: a second officer approves this exact plan before it runs. Save the plan for approval; once approved, erase it from here.</source>
        <translation>In diesem Arbeitsbereich gilt das Vier-Augen-Prinzip: Eine zweite Person mit der Rolle Datenschutzbeauftragte gibt genau diesen Plan frei, bevor er ausgeführt wird. Speichern Sie den Plan zur Freigabe; nach der Freigabe führen Sie die Löschung hier aus.</translation>
    </message>
    <message>
        <source>You approved this plan, so under four eyes another officer must run it.</source>
        <translation>Sie haben diesen Plan freigegeben; nach dem Vier-Augen-Prinzip muss ihn daher eine andere Person mit der Rolle Datenschutzbeauftragte ausführen.</translation>
    </message>
    <message>
        <source>Plan %1 saved for approval by a second officer.</source>
        <translation>Plan %1 zur Freigabe durch eine zweite Person mit der Rolle Datenschutzbeauftragte gespeichert.</translation>
    </message>
    <message>
        <source>Erasing the data of %1 (%2), plan %3.</source>
        <translation>Die Daten von %1 (%2) werden gelöscht, Plan %3.</translation>
    </message>
    <message>
        <source>Checking the plan against the data…</source>
        <translation>Plan wird mit den Daten abgeglichen…</translation>
    </message>
    <message>
        <source>Resume the erasure of %1</source>
        <translation>Löschung von %1 fortsetzen</translation>
    </message>
    <message>
        <source>Resuming the erasure of %1, plan %2, stopped while %3.</source>
        <translation>Die Löschung von %1 (Plan %2, angehalten im Zustand „%3“) wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Planning cancelled.</source>
        <translation>Planung abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled before anything was erased.</source>
        <translation>Abgebrochen, bevor etwas gelöscht wurde.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Es wurde nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>Stopped between two batches. Nothing is half-done: resume to finish the erasure, now or later.</source>
        <translation>Zwischen zwei Stapeln angehalten. Nichts ist halb erledigt: Setzen Sie die Löschung fort, um sie abzuschließen – jetzt oder später.</translation>
    </message>
    <message>
        <source>The erasure stopped: %1
Fix the cause, then resume it.</source>
        <translation>Die Löschung wurde angehalten: %1
Beheben Sie die Ursache, und setzen Sie sie dann fort.</translation>
    </message>
    <message>
        <source>Deleted: %1 · Updated: %2 · Kept: %3 · Processors: %4 done, %5 failed · Manual tasks: %6</source>
        <translation>Gelöscht: %1 · Geändert: %2 · Behalten: %3 · Auftragsverarbeiter: %4 erledigt, %5 fehlgeschlagen · Manuelle Aufgaben: %6</translation>
    </message>
    <message>
        <source>The erasure finished incomplete: look at the rows and processors marked in the report.</source>
        <translation>Die Löschung wurde unvollständig abgeschlossen: Prüfen Sie die im Bericht markierten Zeilen und Auftragsverarbeiter.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Erasure Report</source>
        <translation>Löschbericht speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Verified: every planned row is gone or holds its erased values, and a new search finds nothing but the rows the plan keeps.</source>
        <translation>Geprüft: Jede geplante Zeile ist entfernt oder enthält ihre gelöschten Werte, und eine neue Suche findet nur die Zeilen, die der Plan aufbewahrt.</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>NICHT bestätigt: %1</translation>
    </message>
    <message>
        <source>see the tables marked below.</source>
        <translation>siehe die unten markierten Tabellen.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n table(s) keep the subject&apos;s rows because the data map erases nothing in them.</source>
        <translation>
            <numerusform>Warnung: %n Tabelle behält die Zeilen der betroffenen Person, weil die Datenkarte darin nichts löscht.</numerusform>
            <numerusform>Warnung: %n Tabellen behalten die Zeilen der betroffenen Person, weil die Datenkarte darin nichts löscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data map erases nothing in these tables; their rows stay:
%1</source>
        <translation>Die Datenkarte löscht in diesen Tabellen nichts; ihre Zeilen bleiben:
%1</translation>
    </message>
    <message>
        <source>&amp;Approve This Plan…</source>
        <translation>Diesen Plan &amp;freigeben…</translation>
    </message>
    <message>
        <source>This plan is saved and waits for a second officer&apos;s approval, in Lethe (Request › Approve Erasure Plan…) or with:
%1</source>
        <translation>Dieser Plan ist gespeichert und wartet auf die Freigabe durch eine zweite beauftragte Person, in Lethe (Anfrage › Löschplan freigeben…) oder mit:
%1</translation>
    </message>
    <message>
        <source>%1 made this same plan (digest %2) and saved it for approval. Under four eyes you may approve it as the second officer; an officer other than you then runs it.</source>
        <translation>%1 hat genau diesen Plan (Digest %2) erstellt und zur Freigabe gespeichert. Nach dem Vier-Augen-Prinzip dürfen Sie ihn als zweite beauftragte Person freigeben; eine andere beauftragte Person als Sie führt ihn dann aus.</translation>
    </message>
    <message>
        <source>Plan %1 approved. An officer other than you can now run it.</source>
        <translation>Plan %1 freigegeben. Eine andere beauftragte Person als Sie kann ihn jetzt ausführen.</translation>
    </message>
    <message>
        <source>The connection to the workspace was lost during the erasure of %1. Nothing is half-done: every batch is journalled. Resume the erasure once the connection is back; it continues where it stopped (the window offers it when the workspace opens, or: lethe-cli erase --resume).</source>
        <translation>Die Verbindung zum Arbeitsbereich ist während der Löschung von %1 verloren gegangen. Nichts ist halb erledigt: Jeder Stapel ist protokolliert. Setzen Sie die Löschung fort, sobald die Verbindung wieder besteht; sie macht dort weiter, wo sie aufgehört hat (das Fenster bietet es beim Öffnen des Arbeitsbereichs an, oder: lethe-cli erase --resume).</translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Not saved yet: the connection to the workspace was lost. The plan is saved for approval once the connection is back, and never twice.</source>
        <translation>Noch nicht gespeichert: Die Verbindung zum Arbeitsbereich ist verloren gegangen. Der Plan wird zur Freigabe gespeichert, sobald die Verbindung wieder besteht, und nie doppelt.</translation>
    </message>
    <message>
        <source>Nothing was erased: the connection to the workspace was lost before the erasure started. Erase again once the connection is back; what you typed is kept.</source>
        <translation>Nichts wurde gelöscht: Die Verbindung zum Arbeitsbereich ging verloren, bevor die Löschung begann. Löschen Sie erneut, sobald die Verbindung wieder besteht; Ihre Eingabe bleibt erhalten.</translation>
    </message>
    <message>
        <source>The connection to the workspace is lost. Resume the erasure once it is back; it continues where it stopped.</source>
        <translation>Die Verbindung zum Arbeitsbereich ist verloren. Setzen Sie die Löschung fort, sobald sie wieder besteht; sie läuft dort weiter, wo sie angehalten hat.</translation>
    </message>
    <message>
        <source>Plan %1 was saved for approval before the connection was lost; it was not saved twice.</source>
        <translation>Plan %1 wurde zur Freigabe gespeichert, bevor die Verbindung verloren ging; er wurde nicht doppelt gespeichert.</translation>
    </message>
    <message>
        <source>The connection is back. The erasure had started before it was lost: resume it to finish.</source>
        <translation>Die Verbindung besteht wieder. Die Löschung hatte begonnen, bevor sie verloren ging: Setzen Sie sie fort, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>The connection is back. Nothing was erased yet: press Erase to start.</source>
        <translation>Die Verbindung besteht wieder. Noch wurde nichts gelöscht: Klicken Sie auf Löschen, um zu beginnen.</translation>
    </message>
    <message>
        <source>The connection is back: resume the erasure to finish it.</source>
        <translation>Die Verbindung besteht wieder: Setzen Sie die Löschung fort, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>Whether this plan needs or has a second officer&apos;s approval could not be read: the connection to the workspace was lost. It is read again once the connection is back.</source>
        <translation>Ob dieser Plan die Freigabe eines zweiten Verantwortlichen braucht oder hat, konnte nicht gelesen werden: Die Verbindung zum Arbeitsbereich ist verloren gegangen. Es wird erneut gelesen, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Plan %1 was approved before the connection was lost; it was not approved twice. An officer other than you can now run it.</source>
        <translation>Plan %1 wurde freigegeben, bevor die Verbindung verloren ging; er wurde nicht doppelt freigegeben. Ein anderer Verantwortlicher als Sie kann ihn jetzt ausführen.</translation>
    </message>
    <message>
        <source>The connection to the workspace was lost before the plan&apos;s approval could be read. It is read once the connection is back; what you typed is kept.</source>
        <translation>Die Verbindung zum Arbeitsbereich ging verloren, bevor die Freigabe des Plans gelesen werden konnte. Sie wird gelesen, sobald die Verbindung wieder besteht; Ihre Eingabe bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>lethe::Evidence</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>evidence: &quot;%1&quot; is not a request id.</source>
        <translation>evidence: „%1“ ist keine Anfrage-ID.</translation>
    </message>
    <message>
        <source>evidence: %1 is not a file.</source>
        <translation>evidence: %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>evidence: %1 is %2 MB; attach at most 50 MB.</source>
        <translation>evidence: %1 ist %2 MB groß; hängen Sie höchstens 50 MB an.</translation>
    </message>
    <message>
        <source>evidence: cannot read %1: %2</source>
        <translation>evidence: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>evidence: cannot create the folder for %1.</source>
        <translation>evidence: Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>evidence: cannot write %1: %2</source>
        <translation>evidence: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>evidence: %1 is missing: %2</source>
        <translation>evidence: %1 fehlt: %2</translation>
    </message>
</context>
<context>
    <name>lethe::ExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation>Exportpaket erstellen</translation>
    </message>
    <message>
        <source>%1 (%2, %3) for %4: a signed ZIP with every table found as JSON and CSV, and a readable report with the facts of each system. Anyone can check it with sha256sum and minisign.</source>
        <translation>%1 (%2, %3) für %4: eine signierte ZIP-Datei mit jeder gefundenen Tabelle als JSON und CSV und einem lesbaren Bericht mit den Angaben zu jedem System. Jeder kann sie mit sha256sum und minisign prüfen.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Databases only (do not ask the processors&apos; APIs)</source>
        <translation>Nur Daten&amp;banken (APIs der Auftragsverarbeiter nicht abfragen)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose the file the bundle is written to.</source>
        <translation>Wählen Sie die Datei, in die das Exportpaket geschrieben wird.</translation>
    </message>
    <message>
        <source>%1: a bundle is a ZIP file; end its name in .zip.</source>
        <translation>%1: Ein Exportpaket ist eine ZIP-Datei; der Name muss auf .zip enden.</translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation>%1: Diesen Ordner gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Lethe bundles (*.zip)</source>
        <translation>Lethe-Exportpakete (*.zip)</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>age public keys</source>
        <translation>Öffentliche age-Schlüssel</translation>
    </message>
    <message>
        <source>E&amp;ncryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>At least %1 characters: a few unrelated words are easy to say and hard to guess. Tell it to the subject another way than the file (by phone, say); they open the bundle with age -d. Lethe does not keep it.</source>
        <translation>Mindestens %1 Zeichen: ein paar unzusammenhängende Wörter sind leicht zu sagen und schwer zu erraten. Teilen Sie sie der betroffenen Person auf anderem Weg als die Datei mit (etwa telefonisch); sie öffnet das Exportpaket mit age -d. Lethe speichert sie nicht.</translation>
    </message>
    <message>
        <source>age1…, one a line</source>
        <translation>age1…, einer pro Zeile</translation>
    </message>
    <message>
        <source>Public &amp;keys:</source>
        <translation>Öffentliche &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The subject&apos;s age public keys (age-keygen -y prints one), one a line; # starts a comment. Any of their secret keys opens the bundle.</source>
        <translation>Die öffentlichen age-Schlüssel der betroffenen Person (age-keygen -y gibt einen aus), einer pro Zeile; # beginnt einen Kommentar. Jeder der zugehörigen geheimen Schlüssel öffnet das Exportpaket.</translation>
    </message>
    <message>
        <source>Public keys, line %1: %2</source>
        <translation>Öffentliche Schlüssel, Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1: an encrypted bundle&apos;s name must end in .age (for example %1.age).</source>
        <translation>%1: der Name eines verschlüsselten Exportpakets muss auf .age enden (zum Beispiel %1.age).</translation>
    </message>
    <message>
        <source>%1 ends in .age, but no encryption is chosen; choose one, or end the name in .zip.</source>
        <translation>%1 endet auf .age, aber es ist keine Verschlüsselung gewählt; wählen Sie eine oder lassen Sie den Namen auf .zip enden.</translation>
    </message>
    <message>
        <source>Enter the passphrase the bundle is encrypted with.</source>
        <translation>Geben Sie die Passphrase ein, mit der das Exportpaket verschlüsselt wird.</translation>
    </message>
    <message>
        <source>The passphrase has %1 characters; use at least %2.</source>
        <translation>Die Passphrase hat %1 Zeichen; verwenden Sie mindestens %2.</translation>
    </message>
    <message>
        <source>Repeat the passphrase.</source>
        <translation>Wiederholen Sie die Passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter the subject&apos;s age public key (age1…), one a line.</source>
        <translation>Geben Sie den öffentlichen age-Schlüssel der betroffenen Person ein (age1…), einen pro Zeile.</translation>
    </message>
    <message>
        <source>Encrypted Lethe bundles (*.age)</source>
        <translation>Verschlüsselte Lethe-Exportpakete (*.age)</translation>
    </message>
    <message>
        <source>Include data about &amp;other people (contacts, leads, messages to them)</source>
        <translation>Daten über &amp;andere Personen einschließen (Kontakte, Leads, Nachrichten an sie)</translation>
    </message>
    <message>
        <source>Rows held in the subject&apos;s account about other people are their personal data and are left out of an access copy (GDPR Art. 15(4)). Include them only with a reason; the bundle and the audit log keep it.</source>
        <translation>Zeilen im Konto der betroffenen Person, die andere Personen betreffen, sind deren personenbezogene Daten und bleiben in einer Auskunftskopie außen vor (DSGVO Art. 15 Abs. 4). Schließen Sie sie nur mit einer Begründung ein; das Paket und das Prüfprotokoll bewahren sie auf.</translation>
    </message>
    <message>
        <source>Why other people&apos;s data goes into this bundle</source>
        <translation>Warum Daten anderer Personen in dieses Paket gehören</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Beg&amp;ründung:</translation>
    </message>
    <message>
        <source>Say why data about other people goes into this bundle: the bundle and the audit log keep the reason.</source>
        <translation>Geben Sie an, warum Daten über andere Personen in dieses Paket gehören: Das Paket und das Prüfprotokoll bewahren die Begründung auf.</translation>
    </message>
    <message>
        <source>Not exported: the connection to the workspace was lost, and nothing was left behind. What you chose is kept here; export again once the connection is back.</source>
        <translation>Nicht exportiert: Die Verbindung zum Arbeitsbereich ist verloren gegangen, und nichts wurde zurückgelassen. Ihre Auswahl bleibt hier erhalten; exportieren Sie erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Not exported yet: the bundle is written, but the connection to the workspace was lost as the audit log recorded it. It is kept out of place (%1) until the connection is back; then it is recorded, never twice, and moved to its name.</source>
        <translation>Noch nicht exportiert: Das Paket ist geschrieben, aber die Verbindung zum Arbeitsbereich ging verloren, während das Prüfprotokoll es vermerkte. Es wird abseits (%1) aufbewahrt, bis die Verbindung wieder besteht; dann wird es vermerkt, nie doppelt, und unter seinen Namen verschoben.</translation>
    </message>
    <message>
        <source>Recording the export in the audit log…</source>
        <translation>Der Export wird im Prüfprotokoll vermerkt…</translation>
    </message>
</context>
<context>
    <name>lethe::ExportRunner</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The workspace&apos;s signing key is not available: %1</source>
        <translation>Der Signaturschlüssel des Arbeitsbereichs ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 was removed again: the export could not be recorded in the audit log (%2).</source>
        <translation>%1 wurde wieder entfernt: der Export konnte nicht im Prüfprotokoll vermerkt werden (%2).</translation>
    </message>
    <message>
        <source>The bundle is recorded in the audit log but could not be moved from %1 to %2 (a file of that name may be there now): move it yourself.</source>
        <translation>Das Paket ist im Prüfprotokoll vermerkt, konnte aber nicht von %1 nach %2 verschoben werden (dort liegt jetzt vielleicht eine Datei dieses Namens): Verschieben Sie es selbst.</translation>
    </message>
    <message>
        <source>%1 was removed: the export could not be recorded in the audit log (%2).</source>
        <translation>%1 wurde entfernt: Der Export konnte nicht im Prüfprotokoll vermerkt werden (%2).</translation>
    </message>
    <message>
        <source>%1 is written, and the connection to the workspace was lost as the audit log recorded it (%2).</source>
        <translation>%1 ist geschrieben, und die Verbindung zum Arbeitsbereich ging verloren, während das Prüfprotokoll ihn vermerkte (%2).</translation>
    </message>
    <message>
        <source>The export of %1 (export %2) held since a lost connection is not settled: both %3 and %4 are there, and Lethe cannot tell which one is its bundle. Nothing was moved or recorded. Keep the right one (lethe-cli bundle verify shows each), remove the other, and open the workspace again.</source>
        <translation>Der Export von %1 (Export %2), der seit einer verlorenen Verbindung zurückgehalten wird, ist nicht geklärt: %3 und %4 sind beide vorhanden, und Lethe kann nicht erkennen, welche Datei sein Paket ist. Es wurde nichts verschoben oder vermerkt. Behalten Sie die richtige (lethe-cli bundle verify zeigt jede), entfernen Sie die andere und öffnen Sie den Arbeitsbereich erneut.</translation>
    </message>
    <message>
        <source>The export of %1 had been recorded in the audit log before the connection was lost, but its bundle is neither at %2 nor at %3 any more: export again if the subject still needs it.</source>
        <translation>Der Export von %1 war im Prüfprotokoll vermerkt worden, bevor die Verbindung verloren ging, aber sein Paket liegt weder unter %2 noch unter %3: Exportieren Sie erneut, wenn die betroffene Person es noch braucht.</translation>
    </message>
    <message>
        <source>The export of %1 was not recorded in the audit log, and its bundle is neither at %2 nor at %3 any more: nothing was recorded. Export again.</source>
        <translation>Der Export von %1 wurde nicht im Prüfprotokoll vermerkt, und sein Paket liegt weder unter %2 noch unter %3: Es wurde nichts vermerkt. Exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>The export of %1 was not recorded in the audit log: the connection was lost before it was, and you had closed its dialog. Its bundle %2 was removed; export again.</source>
        <translation>Der Export von %1 wurde nicht im Prüfprotokoll vermerkt: Die Verbindung ging vorher verloren, und Sie hatten seinen Dialog geschlossen. Sein Paket %2 wurde entfernt; exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1 was removed: the export of %2 could not be recorded in the audit log (%3).</source>
        <translation>%1 wurde entfernt: Der Export von %2 konnte nicht im Prüfprotokoll vermerkt werden (%3).</translation>
    </message>
    <message>
        <source>The export of %1 held since a lost connection had been recorded in the audit log before the connection was lost: its bundle is at %2, recorded once.</source>
        <translation>Der Export von %1, der seit einer verlorenen Verbindung zurückgehalten wurde, war im Prüfprotokoll vermerkt worden, bevor die Verbindung verloren ging: Sein Paket liegt unter %2, einmal vermerkt.</translation>
    </message>
    <message>
        <source>The export of %1 held since a lost connection was not recorded in the audit log: it is recorded now, once, and its bundle is at %2.</source>
        <translation>Der Export von %1, der seit einer verlorenen Verbindung zurückgehalten wurde, war nicht im Prüfprotokoll vermerkt: Er ist jetzt einmal vermerkt, und sein Paket liegt unter %2.</translation>
    </message>
    <message>
        <source>%1 was removed again: what settles its record should the connection be lost cannot be written down (%2).</source>
        <translation>%1 wurde wieder entfernt: Was seinen Vermerk klärt, falls die Verbindung verloren geht, kann nicht festgehalten werden (%2).</translation>
    </message>
</context>
<context>
    <name>lethe::ExtendDialog</name>
    <message>
        <source>Extend %1</source>
        <translation>Frist für %1 verlängern</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more day(s))</source>
        <translation>
            <numerusform>%1 (%n weiterer Tag)</numerusform>
            <numerusform>%1 (%n weitere Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>The law allows one extension. It cannot be undone.</source>
        <translation>Das Gesetz erlaubt nur eine Fristverlängerung. Sie kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Due now:</source>
        <translation>Derzeit fällig:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>Frist verlängern</translation>
    </message>
    <message>
        <source>%1 was already extended once.</source>
        <translation>Die Frist für %1 wurde bereits einmal verlängert.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>Geben Sie den Grund für die Fristverlängerung an.</translation>
    </message>
    <message>
        <source>Why more time is needed: the subject must be told before the original deadline</source>
        <translation>Warum mehr Zeit nötig ist: Die betroffene Person muss vor Ablauf der ursprünglichen Frist informiert werden</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>Neue Frist:</translation>
    </message>
    <message>
        <source>The original deadline has passed: an extension must be notified before it.</source>
        <translation>Die ursprüngliche Frist ist abgelaufen: Eine Verlängerung muss vor ihrem Ablauf mitgeteilt werden.</translation>
    </message>
    <message>
        <source>The law gives no extension for this request (15 business days).</source>
        <translation>Das Gesetz sieht für diesen Antrag keine Verlängerung vor (15 Werktage).</translation>
    </message>
</context>
<context>
    <name>lethe::FeeDialog</name>
    <message>
        <source>Fee for %1</source>
        <translation>Gebühr für %1</translation>
    </message>
    <message>
        <source>25.00</source>
        <translation>25.00</translation>
    </message>
    <message>
        <source>EUR, GBP, USD</source>
        <translation>EUR, GBP, USD</translation>
    </message>
    <message>
        <source>A reasonable fee based on administrative costs: instead of refusing a manifestly unfounded or excessive request (GDPR Art. 12(5)(a)), or for further copies (Art. 15(3)). Recorded in the audit log.</source>
        <translation>Ein angemessenes Entgelt auf Grundlage der Verwaltungskosten: statt einen offenkundig unbegründeten oder exzessiven Antrag abzulehnen (DSGVO Art. 12 Abs. 5 lit. a), oder für weitere Kopien (Art. 15 Abs. 3). Wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>Record fee</source>
        <translation>Gebühr erfassen</translation>
    </message>
</context>
<context>
    <name>lethe::FidesImport</name>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: Die Datei kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid YAML: %4</source>
        <translation>%1:%2:%3: kein gültiges YAML: %4</translation>
    </message>
    <message>
        <source>%1: not a Fides dataset file (expected a top-level &quot;dataset:&quot; list).</source>
        <translation>%1: keine Fides-Datensatzdatei (erwartet wird eine Liste „dataset:“ auf oberster Ebene).</translation>
    </message>
    <message>
        <source>%1: a dataset has no fides_key.</source>
        <translation>%1: Ein Datensatz hat keinen fides_key.</translation>
    </message>
    <message>
        <source>%1: dataset %2: &quot;%3&quot; is not carried over.</source>
        <translation>%1: Datensatz %2: „%3“ wird nicht übernommen.</translation>
    </message>
    <message>
        <source>%1: %2: fides_meta.%3 is not carried over (Lethe orders erasure from the references itself).</source>
        <translation>%1: %2: fides_meta.%3 wird nicht übernommen (Lethe leitet die Löschreihenfolge selbst aus den Verweisen ab).</translation>
    </message>
    <message>
        <source>%1: %2: collection masking override other than delete is not carried over.</source>
        <translation>%1: %2: Eine Maskierungsvorgabe der Sammlung außer delete wird nicht übernommen.</translation>
    </message>
    <message>
        <source>%1: %2: category &quot;%3&quot; is not one Lethe knows; written as %4.</source>
        <translation>%1: %2: Kategorie „%3“ kennt Lethe nicht; als %4 geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2: nested fields (%3) are folded into %4 with their categories; Lethe treats the column as a whole.</source>
        <translation>%1: %2: Verschachtelte Felder (%3) werden mit ihren Kategorien in %4 zusammengeführt; Lethe behandelt die Spalte als Ganzes.</translation>
    </message>
    <message>
        <source>%1: %2 has no data categories; written as system.operations: check it.</source>
        <translation>%1: %2 hat keine Datenkategorien; als system.operations geschrieben: bitte prüfen.</translation>
    </message>
    <message>
        <source>%1: %2: custom identity &quot;%3&quot; has no Lethe identity kind; the field is kept without it.</source>
        <translation>%1: %2: Eigene Identität „%3“ hat keine Identitätsart in Lethe; das Feld wird ohne sie übernommen.</translation>
    </message>
    <message>
        <source>%1: %2: hash masking becomes keyed HMAC-SHA-256 (a plain hash of an email can be reversed by guessing).</source>
        <translation>%1: %2: Hash-Maskierung wird zu verschlüsseltem HMAC-SHA-256 (ein einfacher Hash einer E-Mail-Adresse lässt sich durch Raten umkehren).</translation>
    </message>
    <message>
        <source>%1: %2: masking strategy &quot;%3&quot; has no Lethe equivalent; the field is kept as it is until you choose one.</source>
        <translation>%1: %2: Für die Maskierungsstrategie „%3“ gibt es in Lethe keine Entsprechung; das Feld bleibt unverändert, bis Sie eine wählen.</translation>
    </message>
    <message>
        <source>%1: %2: fides_meta.%3 is not needed by Lethe and is not carried over.</source>
        <translation>%1: %2: fides_meta.%3 braucht Lethe nicht und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>%1: %2 declares no primary key; assumed &quot;id&quot;: check it.</source>
        <translation>%1: %2 deklariert keinen Primärschlüssel; „id“ angenommen: bitte prüfen.</translation>
    </message>
    <message>
        <source>%1: %2 declares no primary key and has no &quot;id&quot; field: set primary_key before use.</source>
        <translation>%1: %2 deklariert keinen Primärschlüssel und hat kein Feld „id“: Setzen Sie primary_key vor der Verwendung.</translation>
    </message>
    <message>
        <source>%1:%2:%3: unexpected shape: %4</source>
        <translation>%1:%2:%3: unerwarteter Aufbau: %4</translation>
    </message>
    <message>
        <source>No datasets found in %1.</source>
        <translation>Keine Datensätze in %1 gefunden.</translation>
    </message>
    <message>
        <source>%1 references %2.%3 in another dataset; references across sources are not supported yet.</source>
        <translation>%1 verweist auf %2.%3 in einem anderen Datensatz; Verweise zwischen Quellen werden noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>system.art15: Fides datasets hold no purposes, recipients or retention periods; fill them in (validate refuses the map until there is at least one purpose).</source>
        <translation>system.art15: Fides-Datensätze enthalten keine Zwecke, Empfänger oder Speicherfristen; tragen Sie sie ein (validate lehnt die Datenlandkarte ab, solange kein Zweck angegeben ist).</translation>
    </message>
    <message>
        <source>sources: Fides datasets hold no connection details; each source is written as SQLite &lt;fides_key&gt;.db: set engine, path or host before use.</source>
        <translation>sources: Fides-Datensätze enthalten keine Verbindungsdaten; jede Quelle wird als SQLite &lt;fides_key&gt;.db geschrieben: Setzen Sie engine, path oder host vor der Verwendung.</translation>
    </message>
    <message>
        <source>%1 references %2, which the dataset does not declare.</source>
        <translation>%1 verweist auf %2, das der Datensatz nicht deklariert.</translation>
    </message>
    <message>
        <source>%1 is the primary key of its collection and references %2, which is not: written as the foreign key it describes, %2 → %3.%4 (on field %2).</source>
        <translation>%1 ist der Primärschlüssel seiner Collection und verweist auf %2, das keiner ist: als der beschriebene Fremdschlüssel geschrieben, %2 → %3.%4 (am Feld %2).</translation>
    </message>
</context>
<context>
    <name>lethe::HeldItems</name>
    <message>
        <source>What a lost connection left held cannot be read from %1: %2</source>
        <translation>Was eine verlorene Verbindung zurückgehalten hat, kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>What a lost connection left held cannot be read from %1: it is damaged (%2). Nothing in it was settled; look at it, then remove it.</source>
        <translation>Was eine verlorene Verbindung zurückgehalten hat, kann nicht aus %1 gelesen werden: Die Datei ist beschädigt (%2). Nichts darin wurde geklärt; sehen Sie sie sich an und entfernen Sie sie dann.</translation>
    </message>
    <message>
        <source>%1 cannot be locked.</source>
        <translation>%1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be made.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>lethe::HolidayCalendar</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: kein gültiges JSON an Position %2: %3</translation>
    </message>
    <message>
        <source>%1: the file must hold one JSON object.</source>
        <translation>%1: Die Datei muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>unknown field (known: %1).</source>
        <translation>unbekanntes Feld (bekannt: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 code such as DE or DE-BY.</source>
        <translation>„%1“ ist kein ISO-3166-Code wie DE oder DE-BY.</translation>
    </message>
    <message>
        <source>required, a non-empty text.</source>
        <translation>erforderlich, ein nicht leerer Text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not another calendar&apos;s id.</source>
        <translation>„%1“ ist nicht die Kennung eines anderen Kalenders.</translation>
    </message>
    <message>
        <source>required, a list of the texts the dates come from.</source>
        <translation>erforderlich, eine Liste der Texte, aus denen die Daten stammen.</translation>
    </message>
    <message>
        <source>every source must be a non-empty text.</source>
        <translation>jede Quelle muss ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>one of %1.</source>
        <translation>eines von %1.</translation>
    </message>
    <message>
        <source>required, a list of rules.</source>
        <translation>erforderlich, eine Liste von Regeln.</translation>
    </message>
    <message>
        <source>each rule must be an object.</source>
        <translation>jede Regel muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month and day (MM-DD).</source>
        <translation>„%1“ ist kein Monat mit Tag (MM-TT).</translation>
    </message>
    <message>
        <source>a whole number of days after Easter Sunday (-100 to 100).</source>
        <translation>eine ganze Zahl von Tagen nach Ostersonntag (-100 bis 100).</translation>
    </message>
    <message>
        <source>required with weekday, 1 to 12.</source>
        <translation>mit weekday erforderlich, 1 bis 12.</translation>
    </message>
    <message>
        <source>a weekday rule needs either nth (1 to 5, -1 for the last) or onOrAfter (a day).</source>
        <translation>eine Wochentagsregel braucht entweder nth (1 bis 5, -1 für den letzten) oder onOrAfter (einen Tag).</translation>
    </message>
    <message>
        <source>1 to 5, or -1 for the last.</source>
        <translation>1 bis 5, oder -1 für den letzten.</translation>
    </message>
    <message>
        <source>a day of the month.</source>
        <translation>ein Tag des Monats.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one of date, easter, orthodoxEaster, month+weekday or on.</source>
        <translation>„%1“ braucht genau eines von date, easter, orthodoxEaster, month+weekday oder on.</translation>
    </message>
    <message>
        <source>a year from 1900 to 2200.</source>
        <translation>ein Jahr von 1900 bis 2200.</translation>
    </message>
    <message>
        <source>%1 is before from (%2).</source>
        <translation>%1 liegt vor from (%2).</translation>
    </message>
    <message>
        <source>a list of years.</source>
        <translation>eine Liste von Jahren.</translation>
    </message>
    <message>
        <source>a list of years from 1900 to 2200.</source>
        <translation>eine Liste von Jahren von 1900 bis 2200.</translation>
    </message>
</context>
<context>
    <name>lethe::HolidayCalendars</name>
    <message>
        <source>%1: no calendar files (*.json).</source>
        <translation>%1: keine Kalenderdateien (*.json).</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: id: &quot;%2&quot; must match the file name (%2.json).</source>
        <translation>%1: id: „%2“ muss zum Dateinamen passen (%2.json).</translation>
    </message>
    <message>
        <source>%1: id: &quot;%2&quot; is used by another file.</source>
        <translation>%1: id: „%2“ wird schon von einer anderen Datei verwendet.</translation>
    </message>
    <message>
        <source>%1.json: extends: there is no calendar &quot;%2&quot;.</source>
        <translation>%1.json: extends: Es gibt keinen Kalender „%2“.</translation>
    </message>
    <message>
        <source>%1.json: extends: &quot;%2&quot; extends another calendar itself; only one level is allowed.</source>
        <translation>%1.json: extends: „%2“ erweitert selbst einen anderen Kalender; nur eine Ebene ist erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known calendar; known: %2.</source>
        <translation>„%1“ ist kein bekannter Kalender; bekannt sind: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in an EU member state; the GDPR deadline needs a member state&apos;s calendar (such as DE, DE-BY, FR or IE).</source>
        <translation>„%1“ liegt in keinem EU-Mitgliedstaat; die DSGVO-Frist braucht den Kalender eines Mitgliedstaats (etwa DE, DE-BY, FR oder IE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the United Kingdom; the UK GDPR deadline needs GB-EAW, GB-SCT or GB-NIR.</source>
        <translation>„%1“ liegt nicht im Vereinigten Königreich; die Frist nach UK GDPR braucht GB-EAW, GB-SCT oder GB-NIR.</translation>
    </message>
    <message>
        <source>CCPA business days are California&apos;s (11 CCR 7001); a request cannot choose another calendar.</source>
        <translation>CCPA-Geschäftstage sind die Kaliforniens (11 CCR 7001); eine Anfrage kann keinen anderen Kalender wählen.</translation>
    </message>
    <message>
        <source>the &quot;other&quot; regulation counts calendar days; it has no holiday calendar.</source>
        <translation>die Regelung „other“ zählt Kalendertage; sie hat keinen Feiertagskalender.</translation>
    </message>
</context>
<context>
    <name>lethe::JsonPull</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a member name</source>
        <translation>ein Feldname</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>das Ende des Textes</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>ein Fehler</translation>
    </message>
    <message>
        <source>the text ends too early</source>
        <translation>der Text endet zu früh</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <source>unexpected byte 0x%1</source>
        <translation>unerwartetes Byte 0x%1</translation>
    </message>
    <message>
        <source>text after the end of the JSON value (%1)</source>
        <translation>Text nach dem Ende des JSON-Werts (%1)</translation>
    </message>
    <message>
        <source>expected a member name in quotes: %1</source>
        <translation>Feldname in Anführungszeichen erwartet: %1</translation>
    </message>
    <message>
        <source>a member name longer than %1 bytes</source>
        <translation>ein Feldname länger als %1 Bytes</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name: %1</source>
        <translation>„:“ nach einem Feldnamen erwartet: %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;: %1</source>
        <translation>„,“ oder „}“ erwartet: %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;: %1</source>
        <translation>„,“ oder „]“ erwartet: %1</translation>
    </message>
    <message>
        <source>more than %1 arrays and objects inside each other</source>
        <translation>mehr als %1 ineinander verschachtelte Arrays und Objekte</translation>
    </message>
    <message>
        <source>expected a value: %1</source>
        <translation>Wert erwartet: %1</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;: %2</source>
        <translation>„%1“ erwartet: %2</translation>
    </message>
    <message>
        <source>a number longer than 64 characters</source>
        <translation>eine Zahl mit mehr als 64 Zeichen</translation>
    </message>
    <message>
        <source>a number without digits</source>
        <translation>eine Zahl ohne Ziffern</translation>
    </message>
    <message>
        <source>a number without digits after &apos;.&apos;</source>
        <translation>eine Zahl ohne Ziffern nach „.“</translation>
    </message>
    <message>
        <source>a number without digits in its exponent</source>
        <translation>eine Zahl ohne Ziffern im Exponenten</translation>
    </message>
    <message>
        <source>a \u escape without four hexadecimal digits: %1</source>
        <translation>eine \u-Escape-Sequenz ohne vier Hexadezimalziffern: %1</translation>
    </message>
    <message>
        <source>an invalid escape in a string: %1</source>
        <translation>eine ungültige Escape-Sequenz in einer Zeichenkette: %1</translation>
    </message>
    <message>
        <source>a \u escape of a low surrogate without a high one before it</source>
        <translation>eine \u-Escape-Sequenz eines unteren Surrogats ohne oberes davor</translation>
    </message>
    <message>
        <source>a \u escape of a high surrogate without a low one after it</source>
        <translation>eine \u-Escape-Sequenz eines oberen Surrogats ohne unteres danach</translation>
    </message>
    <message>
        <source>the text ends inside a string</source>
        <translation>der Text endet innerhalb einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>the reader stopped inside a string</source>
        <translation>das Lesen endete innerhalb einer Zeichenkette</translation>
    </message>
    <message>
        <source>a control character (0x%1) in a string: it must be escaped</source>
        <translation>ein Steuerzeichen (0x%1) in einer Zeichenkette: es muss maskiert sein</translation>
    </message>
    <message>
        <source>no string to read here</source>
        <translation>hier ist keine Zeichenkette zu lesen</translation>
    </message>
    <message>
        <source>a string longer than %1 bytes</source>
        <translation>eine Zeichenkette länger als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>lethe::MainWindow</name>
    <message>
        <source>Lethe</source>
        <translation>Lethe</translation>
    </message>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation>Die Anfragenliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation>&amp;Status ändern…</translation>
    </message>
    <message>
        <source>&amp;Extend Deadline…</source>
        <translation>&amp;Frist verlängern…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Notiz &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Reload Queue</source>
        <translation>Liste &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Verify Audit Log</source>
        <translation>Prüfprotokoll &amp;verifizieren</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>New &amp;Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lethe</source>
        <translation>Ü&amp;ber Lethe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading the queue</source>
        <translation>Laden der Anfragenliste abbrechen</translation>
    </message>
    <message>
        <source>%1
Use File › New Workspace, or File › Open Demo Workspace to try Lethe.</source>
        <translation>%1
Legen Sie über Datei › Neuer Arbeitsbereich einen Arbeitsbereich an, oder probieren Sie Lethe über Datei › Demo-Arbeitsbereich öffnen aus.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 — Lethe</source>
        <translation>%1 — Lethe</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Wählen Sie zuerst eine Anfrage aus.</translation>
    </message>
    <message>
        <source>Created %1, due %2.</source>
        <translation>%1 angelegt, fällig am %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 hat jetzt den Status %2.</translation>
    </message>
    <message>
        <source>%1 extended; now due %2. Tell the subject why.</source>
        <translation>Frist für %1 verlängert, jetzt fällig am %2. Teilen Sie der betroffenen Person die Gründe mit.</translation>
    </message>
    <message>
        <source>Note added to %1.</source>
        <translation>Notiz zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Prüfprotokoll wird verifiziert…</translation>
    </message>
    <message>
        <source>Audit log BROKEN at event %1: %2</source>
        <translation>Prüfprotokoll BESCHÄDIGT bei Ereignis %1: %2</translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation>Ordner des Arbeitsbereichs öffnen</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Name (letters, digits, dot, dash, underscore):</source>
        <translation>Name (Buchstaben, Ziffern, Punkt, Bindestrich, Unterstrich):</translation>
    </message>
    <message>
        <source>About Lethe</source>
        <translation>Über Lethe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lethe %1&lt;/b&gt;&lt;p&gt;A desktop console for data-subject requests: the queue with every legal deadline in view, and a tamper-evident log of who did what.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Lethe %1&lt;/b&gt;&lt;p&gt;Eine Desktop-Konsole für Betroffenenanfragen: die Anfragenliste mit allen gesetzlichen Fristen im Blick und ein Protokoll, wer was getan hat, in dem jede Manipulation erkennbar ist.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln request(s)</source>
        <translation>
            <numerusform>Wird geladen… %Ln Anfrage</numerusform>
            <numerusform>Wird geladen… %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln request(s) in %1 ms</source>
        <translation>
            <numerusform>%Ln Anfrage in %1 ms geladen</numerusform>
            <numerusform>%Ln Anfragen in %1 ms geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln request(s)</source>
        <translation>
            <numerusform>%L1 von %Ln Anfrage</numerusform>
            <numerusform>%L1 von %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %Ln event(s) verified, none altered or missing.</source>
        <translation>
            <numerusform>Prüfprotokoll intakt: %Ln Ereignis geprüft, keines verändert oder fehlend.</numerusform>
            <numerusform>Prüfprotokoll intakt: %Ln Ereignisse geprüft, keines verändert oder fehlend.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preview Data…</source>
        <translation>Daten&amp;vorschau…</translation>
    </message>
    <message>
        <source>Preview cancelled; nothing was recorded.</source>
        <translation>Vorschau abgebrochen; nichts wurde vermerkt.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Run a preview to see everything held about this subject (Ctrl+P).</source>
        <translation>Starten Sie eine Vorschau, um alles zu sehen, was über diese Person gespeichert ist (Strg+P).</translation>
    </message>
    <message>
        <source>This workspace has no data maps yet: put a system&apos;s map (docs/datamap.md) in %1/datamaps, or draft one with lethe-cli datamap discover.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Datenlandkarten: Legen Sie die Datenlandkarte eines Systems (docs/datamap.md) in %1/datamaps ab oder entwerfen Sie eine mit lethe-cli datamap discover.</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird angelegt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Creating the demo workspace…
%1: %2 (%Ln row(s))</source>
        <translation>
            <numerusform>Demo-Arbeitsbereich wird angelegt …
%1: %2 (%Ln Zeile)</numerusform>
            <numerusform>Demo-Arbeitsbereich wird angelegt …
%1: %2 (%Ln Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo workspace was not created: cancelled.</source>
        <translation>Der Demo-Arbeitsbereich wurde nicht angelegt: abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Discover Data Map…</source>
        <translation>Datenkarte &amp;ermitteln …</translation>
    </message>
    <message>
        <source>Processor &amp;Connections…</source>
        <translation>Verbindungen zu &amp;Auftragsverarbeitern…</translation>
    </message>
    <message>
        <source>Some processors could not be searched:
%1</source>
        <translation>Einige Auftragsverarbeiter konnten nicht durchsucht werden:
%1</translation>
    </message>
    <message>
        <source>&amp;Complete Task…</source>
        <translation>Aufgabe &amp;erledigen…</translation>
    </message>
    <message numerus="yes">
        <source>%n manual task(s) added to %1: see its details.</source>
        <translation>
            <numerusform>%n manuelle Aufgabe zu %1 hinzugefügt: siehe Details der Anfrage.</numerusform>
            <numerusform>%n manuelle Aufgaben zu %1 hinzugefügt: siehe Details der Anfrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task done: %1 on %2.</source>
        <translation>Aufgabe erledigt: %1 in Anfrage %2.</translation>
    </message>
    <message>
        <source>&amp;Erase Subject…</source>
        <translation>Personendaten &amp;löschen…</translation>
    </message>
    <message>
        <source>The erasure of %1 stopped before it finished (%2). Resume it to finish; nothing is half-done.</source>
        <translation>Die Löschung von %1 wurde vor dem Abschluss angehalten (%2). Setzen Sie sie fort, um sie abzuschließen; nichts ist halb erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n more erasure(s) wait after it.</source>
        <translation>
            <numerusform>Danach wartet %n weitere Löschung.</numerusform>
            <numerusform>Danach warten %n weitere Löschungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Open &amp;Bundle…</source>
        <translation>Export&amp;paket öffnen…</translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation>Exportpaket öffnen</translation>
    </message>
    <message>
        <source>Lethe bundles (*.lethe.zip *.zip *.age);;All files (*)</source>
        <translation>Lethe-Exportpakete (*.lethe.zip *.zip *.age);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export &amp;Bundle…</source>
        <translation>E&amp;xportpaket erstellen…</translation>
    </message>
    <message>
        <source>Export the request&apos;s signed bundle for the subject (%1)</source>
        <translation>Das signierte Exportpaket der Anfrage für die betroffene Person erstellen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Bundle of %1 written to %2: %3 rows in %Ln table(s), signed by key %4.</source>
        <translation>
            <numerusform>Exportpaket für %1 nach %2 geschrieben: %3 Zeilen in %Ln Tabelle, signiert mit Schlüssel %4.</numerusform>
            <numerusform>Exportpaket für %1 nach %2 geschrieben: %3 Zeilen in %Ln Tabellen, signiert mit Schlüssel %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Processors not asked:
%1</source>
        <translation>Nicht abgefragte Auftragsverarbeiter:
%1</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Encrypted with age to the passphrase: tell it to the subject another way than the file.</source>
        <translation>Mit age per Passphrase verschlüsselt: teilen Sie sie der betroffenen Person auf anderem Weg als die Datei mit.</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted with age to %n public key(s).</source>
        <translation>
            <numerusform>Mit age für %n öffentlichen Schlüssel verschlüsselt.</numerusform>
            <numerusform>Mit age für %n öffentliche Schlüssel verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record &amp;Fee…</source>
        <translation>&amp;Gebühr erfassen…</translation>
    </message>
    <message>
        <source>&amp;Deadline Settings…</source>
        <translation>&amp;Fristeinstellungen …</translation>
    </message>
    <message>
        <source>Deadline settings saved.</source>
        <translation>Fristeinstellungen gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Berichte…</translation>
    </message>
    <message>
        <source>Fee recorded for %1.</source>
        <translation>Gebühr für %1 erfasst.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Fix the data map first:
%1</source>
        <translation>Beheben Sie zuerst die Datenlandkarte:
%1</translation>
    </message>
    <message>
        <source>Changes made at other desks will show only when you reload the queue (F5): %1</source>
        <translation>Änderungen an anderen Arbeitsplätzen erscheinen erst, wenn Sie die Warteschlange neu laden (F5): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) changed at another desk: %1</source>
        <translation>
            <numerusform>%n Anfrage an einem anderen Arbeitsplatz geändert: %1</numerusform>
            <numerusform>%n Anfragen an einem anderen Arbeitsplatz geändert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take Next Request</source>
        <translation>Nächste Anfrage &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Assign To…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <source>Escalate to an &amp;Officer…</source>
        <translation>An &amp;Verantwortliche eskalieren…</translation>
    </message>
    <message>
        <source>Wait until the request being taken or handed on is saved.</source>
        <translation>Warten Sie, bis die übernommene oder weitergegebene Anfrage gespeichert ist.</translation>
    </message>
    <message>
        <source>Take the longest-waiting open request nobody has (%1)</source>
        <translation>Die am längsten wartende offene Anfrage übernehmen, die niemand hat (%1)</translation>
    </message>
    <message>
        <source>%1 is closed and is no longer handed on.</source>
        <translation>%1 ist abgeschlossen und wird nicht mehr weitergegeben.</translation>
    </message>
    <message>
        <source>Hand the request on to someone else, with a reason (%1)</source>
        <translation>Die Anfrage mit Begründung an jemand anderen weitergeben (%1)</translation>
    </message>
    <message>
        <source>Escalate the request to an officer, with a reason (%1)</source>
        <translation>Die Anfrage mit Begründung an eine verantwortliche Person eskalieren (%1)</translation>
    </message>
    <message>
        <source>Taking the next request…</source>
        <translation>Nächste Anfrage wird übernommen…</translation>
    </message>
    <message>
        <source>No open request is waiting for someone to take it.</source>
        <translation>Keine offene Anfrage wartet darauf, übernommen zu werden.</translation>
    </message>
    <message>
        <source>You took %1, due %2.</source>
        <translation>Sie haben %1 übernommen, fällig am %2.</translation>
    </message>
    <message>
        <source>Escalating %1…</source>
        <translation>%1 wird eskaliert…</translation>
    </message>
    <message>
        <source>Assigning %1…</source>
        <translation>%1 wird zugewiesen…</translation>
    </message>
    <message>
        <source>%1 escalated to %2; the reason is kept as a note.</source>
        <translation>%1 an %2 eskaliert; die Begründung ist als Notiz gespeichert.</translation>
    </message>
    <message>
        <source>%1 assigned to %2; the reason is kept as a note.</source>
        <translation>%1 an %2 zugewiesen; die Begründung ist als Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Changes made at other desks could not be read; press F5 to reload the queue: %1</source>
        <translation>Änderungen an anderen Plätzen konnten nicht gelesen werden; drücken Sie F5, um die Warteschlange neu zu laden: %1</translation>
    </message>
    <message>
        <source>The officer key of %1 (%2) is registered in this workspace but is not in this computer&apos;s keychain: what you change here is recorded in the audit log unsigned, and approving an erasure needs the key.</source>
        <translation>Der Beauftragtenschlüssel von %1 (%2) ist in diesem Arbeitsbereich registriert, liegt aber nicht im Schlüsselbund dieses Computers: Was Sie hier ändern, wird unsigniert ins Audit-Protokoll geschrieben, und zum Freigeben einer Löschung wird der Schlüssel gebraucht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) match the filter</source>
        <translation>
            <numerusform>%Ln Anfrage entspricht dem Filter</numerusform>
            <numerusform>%Ln Anfragen entsprechen dem Filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) match the filter, loaded in %1 ms</source>
        <translation>
            <numerusform>%Ln Anfrage entspricht dem Filter, geladen in %1 ms</numerusform>
            <numerusform>%Ln Anfragen entsprechen dem Filter, geladen in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reconnect to the workspace: %1. Your changes are kept.</source>
        <translation>Keine neue Verbindung zum Arbeitsbereich: %1. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Approve Erasure Plan…</source>
        <translation>Löschplan &amp;freigeben…</translation>
    </message>
    <message>
        <source>Officer &amp;Key…</source>
        <translation>Beauftragten&amp;schlüssel…</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>A&amp;rbeitsbereich</translation>
    </message>
    <message>
        <source>Approve, as the second officer, an erasure plan of %1 that waits for approval (%2)</source>
        <translation>Als zweite beauftragte Person einen Löschplan von %1 freigeben, der auf Freigabe wartet (%2)</translation>
    </message>
    <message>
        <source>The connection to the workspace is lost: this is possible again once it is back.</source>
        <translation>Die Verbindung zum Arbeitsbereich ist verloren: Dies ist wieder möglich, sobald sie wieder besteht.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>The connection to the workspace was lost. Retrying (attempt %1 of %2)…</source>
        <translation>Die Verbindung zum Arbeitsbereich ist verloren gegangen. Neuer Versuch (%1 von %2)…</translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Reconnected to the workspace.</source>
        <translation>Wieder mit dem Arbeitsbereich verbunden.</translation>
    </message>
    <message>
        <source>Not saved yet: the connection to the workspace was lost. What you typed is kept here and saved once the connection is back, and never twice.</source>
        <translation>Noch nicht gespeichert: Die Verbindung zum Arbeitsbereich ist verloren gegangen. Ihre Eingabe bleibt hier erhalten und wird gespeichert, sobald die Verbindung wieder besteht, und nie zweimal.</translation>
    </message>
    <message>
        <source>%1: your change was saved before the connection was lost; it was not made twice.</source>
        <translation>%1: Ihre Änderung wurde gespeichert, bevor die Verbindung verloren ging; sie wurde nicht zweimal vorgenommen.</translation>
    </message>
    <message>
        <source>%1: the change you cancelled had been saved before the connection was lost.</source>
        <translation>%1: Die Änderung, die Sie abgebrochen haben, war schon gespeichert, bevor die Verbindung verloren ging.</translation>
    </message>
    <message>
        <source>Plan %1 of %2 approved. An officer other than you can now run it.</source>
        <translation>Plan %1 von %2 freigegeben. Eine andere beauftragte Person als Sie kann ihn jetzt ausführen.</translation>
    </message>
    <message>
        <source>Your officer key %1 is registered and in this computer&apos;s keychain: your approvals and what you change here are signed with it.</source>
        <translation>Ihr Beauftragtenschlüssel %1 ist registriert und liegt im Schlüsselbund dieses Computers: Ihre Freigaben und was Sie hier ändern, werden damit signiert.</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Weitere werden geladen…</translation>
    </message>
    <message>
        <source>sorted among the %L1 loaded only: press F5 to read them all</source>
        <translation>nur unter den %L1 geladenen sortiert: F5 liest alle</translation>
    </message>
    <message>
        <source>%L1 loaded, reading the rest to sort them</source>
        <translation>%L1 geladen, der Rest wird zum Sortieren gelesen</translation>
    </message>
    <message>
        <source>%L1 shown, more as you scroll</source>
        <translation>%L1 angezeigt, weitere beim Scrollen</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue among those loaded</source>
        <translation>
            <numerusform>%n überfällig unter den geladenen</numerusform>
            <numerusform>%n überfällig unter den geladenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading every match to sort them… %Ln request(s)</source>
        <translation>
            <numerusform>Alle Treffer werden zum Sortieren gelesen … %Ln Anfrage</numerusform>
            <numerusform>Alle Treffer werden zum Sortieren gelesen … %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline settings were changed at another desk since you opened them; nothing was saved. Open Tools › Deadline Settings… again to see them.</source>
        <translation>Die Fristeinstellungen wurden an einem anderen Arbeitsplatz geändert, seit Sie sie geöffnet haben; nichts wurde gespeichert. Öffnen Sie Extras › Fristeinstellungen … erneut, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Deadline settings saved before the connection was lost; they were not saved twice.</source>
        <translation>Die Fristeinstellungen wurden gespeichert, bevor die Verbindung verloren ging; sie wurden nicht doppelt gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: the queue shows %Ln request(s). Press F5 to read it again.</source>
        <translation>
            <numerusform>Laden angehalten: Die Liste zeigt %Ln Anfrage. Mit F5 neu lesen.</numerusform>
            <numerusform>Laden angehalten: Die Liste zeigt %Ln Anfragen. Mit F5 neu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan %1 of %2 was approved before the connection was lost; it was not approved twice. An officer other than you can now run it.</source>
        <translation>Plan %1 von %2 wurde freigegeben, bevor die Verbindung verloren ging; er wurde nicht doppelt freigegeben. Ein anderer Verantwortlicher als Sie kann ihn jetzt ausführen.</translation>
    </message>
    <message>
        <source>Its export had been recorded in the audit log before the connection was lost; it was not recorded twice.</source>
        <translation>Sein Export war im Prüfprotokoll vermerkt worden, bevor die Verbindung verloren ging; er wurde nicht doppelt vermerkt.</translation>
    </message>
    <message>
        <source>You closed the export of %1 while the connection to the workspace was lost, so whether the audit log recorded it is not known yet. The bundle is kept as %2 until the connection is back; then it is moved to %3 if it was recorded, and removed if not.</source>
        <translation>Sie haben den Export von %1 geschlossen, während die Verbindung zum Arbeitsbereich verloren war; ob das Prüfprotokoll ihn vermerkt hat, ist daher noch nicht bekannt. Das Paket wird als %2 aufbewahrt, bis die Verbindung wieder besteht; dann wird es nach %3 verschoben, falls er vermerkt wurde, und sonst entfernt.</translation>
    </message>
    <message>
        <source>Whether the export of %1 was recorded in the audit log could not be settled: %2</source>
        <translation>Ob der Export von %1 im Prüfprotokoll vermerkt wurde, konnte nicht geklärt werden: %2</translation>
    </message>
    <message>
        <source>The export of %1 had been recorded in the audit log before the connection was lost, although you closed the dialog: the bundle is at %2, recorded once.</source>
        <translation>Der Export von %1 war im Prüfprotokoll vermerkt worden, bevor die Verbindung verloren ging, obwohl Sie den Dialog geschlossen haben: Das Paket liegt unter %2, einmal vermerkt.</translation>
    </message>
    <message>
        <source>The export of %1 was not recorded in the audit log: the connection was lost before it was. Its bundle was removed; export again.</source>
        <translation>Der Export von %1 wurde nicht im Prüfprotokoll vermerkt: Die Verbindung ging vorher verloren. Sein Paket wurde entfernt; exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>The due dates stored in this workspace were computed with other calendars or deadline settings, and your login may not store them again: the queue is read whole to sort it by days left until someone who may opens it.</source>
        <translation>Die in diesem Arbeitsbereich gespeicherten Fälligkeitstermine wurden mit anderen Kalendern oder Fristeinstellungen berechnet, und Ihre Anmeldung darf sie nicht neu speichern: Die Anfragenliste wird ganz gelesen, um sie nach Resttagen zu sortieren, bis jemand, der es darf, den Arbeitsbereich öffnet.</translation>
    </message>
    <message>
        <source>Bringing the stored due dates up to date…</source>
        <translation>Die gespeicherten Fälligkeitstermine werden aktualisiert…</translation>
    </message>
    <message>
        <source>The stored due dates could not be brought up to date; the queue is read whole to sort it by days left: %1</source>
        <translation>Die gespeicherten Fälligkeitstermine konnten nicht aktualisiert werden; die Anfragenliste wird ganz gelesen, um sie nach Resttagen zu sortieren: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stored due dates brought up to date (%Ln request(s)).</source>
        <translation>
            <numerusform>Gespeicherte Fälligkeitstermine aktualisiert (%Ln Anfrage).</numerusform>
            <numerusform>Gespeicherte Fälligkeitstermine aktualisiert (%Ln Anfragen).</numerusform>
        </translation>
    </message>
    <message>
        <source>If this window is closed before the connection is back, what it holds cannot be settled when the workspace next opens: %1</source>
        <translation>Wird dieses Fenster geschlossen, bevor die Verbindung wieder besteht, kann das, was es zurückhält, beim nächsten Öffnen des Arbeitsbereichs nicht geklärt werden: %1</translation>
    </message>
    <message>
        <source>An approval or officer key of %1 held since a lost connection is not settled here: you act as %2. It is settled when %1 opens this workspace.</source>
        <translation>Eine Freigabe oder ein Beauftragtenschlüssel von %1, seit einer verlorenen Verbindung zurückgehalten, wird hier nicht geklärt: Sie handeln als %2. Sie wird geklärt, wenn %1 diesen Arbeitsbereich öffnet.</translation>
    </message>
    <message>
        <source>The export of %1 held since a lost connection could not be settled: %2</source>
        <translation>Der Export von %1, der seit einer verlorenen Verbindung zurückgehalten wird, konnte nicht geklärt werden: %2</translation>
    </message>
    <message>
        <source>This workspace does not store every request&apos;s place by subject and assignee yet, and your login may not store it: the queue is read whole to sort it by those columns until someone who may opens it.</source>
        <translation>Dieser Arbeitsbereich speichert noch nicht für jede Anfrage ihren Platz nach betroffener Person und Bearbeiter, und Ihre Anmeldung darf ihn nicht speichern: Die Warteschlange wird zum Sortieren nach diesen Spalten ganz gelesen, bis jemand, der es darf, sie öffnet.</translation>
    </message>
    <message>
        <source>Storing each request&apos;s place by subject and assignee…</source>
        <translation>Platz jeder Anfrage nach betroffener Person und Bearbeiter wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Stored the place by subject and assignee of %Ln request(s).</source>
        <translation>
            <numerusform>Platz nach betroffener Person und Bearbeiter von %Ln Anfrage gespeichert.</numerusform>
            <numerusform>Platz nach betroffener Person und Bearbeiter von %Ln Anfragen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue&apos;s order by subject and assignee could not be stored; the queue is read whole to sort it by those columns until the workspace is opened again: %1</source>
        <translation>Die Reihenfolge der Anfragenliste nach betroffener Person und Bearbeiter konnte nicht gespeichert werden; die Liste wird zum Sortieren nach diesen Spalten ganz gelesen, bis der Arbeitsbereich erneut geöffnet wird: %1</translation>
    </message>
</context>
<context>
    <name>lethe::ManualTaskList</name>
    <message>
        <source>None. A preview of the request adds the manual tasks its data maps name.</source>
        <translation>Keine. Eine Vorschau der Anfrage legt die manuellen Aufgaben an, die ihre Datenlandkarten nennen.</translation>
    </message>
    <message>
        <source>Manual tasks</source>
        <translation>Manuelle Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>Manual tasks · %1 of %n done</source>
        <translation>
            <numerusform>Manuelle Aufgaben · %1 von %n erledigt</numerusform>
            <numerusform>Manuelle Aufgaben · %1 von %n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done by %1, %2</source>
        <translation>Erledigt von %1, %2</translation>
    </message>
    <message>
        <source>Evidence: %1 (SHA-256 %2…)</source>
        <translation>Nachweis: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Erledigen…</translation>
    </message>
    <message>
        <source>Record what was done, with a note or an evidence file</source>
        <translation>Festhalten, was getan wurde, mit einer Notiz oder einer Nachweisdatei</translation>
    </message>
</context>
<context>
    <name>lethe::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>lethe::Migrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot prepare workspace %1: %2</source>
        <translation>Arbeitsbereich %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Workspace %1 was written by a newer Lethe (schema version %2; this program knows up to version %3). Update Lethe to open it; nothing was changed.</source>
        <translation>Arbeitsbereich %1 wurde von einer neueren Lethe-Version geschrieben (Schemaversion %2; dieses Programm kennt Versionen bis %3). Aktualisieren Sie Lethe, um ihn zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Migration %1 of workspace %2 failed: %3</source>
        <translation>Migration %1 des Arbeitsbereichs %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>lethe::Minisign</name>
    <message>
        <source>The cryptography library (libsodium) could not be initialised.</source>
        <translation>Die Kryptografie-Bibliothek (libsodium) konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>The public key&apos;s comment must be one line: it contains a line break or a NUL character.</source>
        <translation>Der Kommentar des öffentlichen Schlüssels muss aus einer Zeile bestehen: Er enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The untrusted comment must be one line: it contains a line break or a NUL character.</source>
        <translation>Der nicht signierte Kommentar (untrusted comment) muss aus einer Zeile bestehen: Er enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The trusted comment must be one line: it contains a line break or a NUL character.</source>
        <translation>Der signierte Kommentar (trusted comment) muss aus einer Zeile bestehen: Er enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The public key&apos;s comment is %1 bytes long; minisign reads at most %2.</source>
        <translation>Der Kommentar des öffentlichen Schlüssels ist %1 Bytes lang; minisign liest höchstens %2.</translation>
    </message>
    <message>
        <source>The untrusted comment is %1 bytes long; minisign reads at most %2.</source>
        <translation>Der nicht signierte Kommentar (untrusted comment) ist %1 Bytes lang; minisign liest höchstens %2.</translation>
    </message>
    <message>
        <source>The trusted comment is %1 bytes long; minisign reads at most %2.</source>
        <translation>Der signierte Kommentar (trusted comment) ist %1 Bytes lang; minisign liest höchstens %2.</translation>
    </message>
    <message>
        <source>Not a minisign public key: the key id must be %1 bytes and the key %2 bytes, not %3 and %4.</source>
        <translation>Kein öffentlicher minisign-Schlüssel: Die Schlüssel-ID muss %1 Bytes und der Schlüssel %2 Bytes lang sein, nicht %3 und %4.</translation>
    </message>
    <message>
        <source>No usable secret key: it must be %1 bytes, not %2.</source>
        <translation>Kein verwendbarer geheimer Schlüssel: Er muss %1 Bytes lang sein, nicht %2.</translation>
    </message>
    <message>
        <source>The signing key %1 is damaged: its secret part does not belong to its public key.</source>
        <translation>Der Signaturschlüssel %1 ist beschädigt: Sein geheimer Teil gehört nicht zu seinem öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>The signature file is malformed: %1</source>
        <translation>Die Signaturdatei ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>Not a minisign public key: expected an &quot;untrusted comment:&quot; line followed by the key, or the key&apos;s base64 line alone.</source>
        <translation>Kein öffentlicher minisign-Schlüssel: Erwartet wird eine Zeile „untrusted comment:“, gefolgt vom Schlüssel, oder allein die Base64-Zeile des Schlüssels.</translation>
    </message>
    <message>
        <source>Not a minisign public key: the key line must be the base64 of %1 bytes.</source>
        <translation>Kein öffentlicher minisign-Schlüssel: Die Schlüsselzeile muss %1 Bytes in Base64 enthalten.</translation>
    </message>
    <message>
        <source>Unsupported public key algorithm (bytes %1): minisign keys start with &quot;Ed&quot; (Ed25519).</source>
        <translation>Nicht unterstützter Algorithmus des öffentlichen Schlüssels (Bytes %1): minisign-Schlüssel beginnen mit „Ed“ (Ed25519).</translation>
    </message>
    <message>
        <source>The stored signing key is not one Lethe wrote: it does not start with &quot;%1&quot;.</source>
        <translation>Der gespeicherte Signaturschlüssel stammt nicht von Lethe: Er beginnt nicht mit „%1“.</translation>
    </message>
    <message>
        <source>The stored signing key is damaged: expected the base64 of %1 bytes after &quot;%2&quot;.</source>
        <translation>Der gespeicherte Signaturschlüssel ist beschädigt: Nach „%2“ werden %1 Bytes in Base64 erwartet.</translation>
    </message>
    <message>
        <source>it has %1 lines; a minisign signature has 4 (untrusted comment, signature, trusted comment, comment signature).</source>
        <translation>sie hat %1 Zeilen; eine minisign-Signatur hat 4 (nicht signierter Kommentar, Signatur, signierter Kommentar, Signatur des Kommentars).</translation>
    </message>
    <message>
        <source>line 1 must start with &quot;%1&quot;.</source>
        <translation>Zeile 1 muss mit „%1“ beginnen.</translation>
    </message>
    <message>
        <source>line 2 must be the base64 of %1 bytes (algorithm, key id, signature).</source>
        <translation>Zeile 2 muss %1 Bytes in Base64 enthalten (Algorithmus, Schlüssel-ID, Signatur).</translation>
    </message>
    <message>
        <source>unknown signature algorithm (bytes %1); minisign writes &quot;ED&quot; or, formerly, &quot;Ed&quot;.</source>
        <translation>unbekannter Signaturalgorithmus (Bytes %1); minisign schreibt „ED“ oder, in älteren Versionen, „Ed“.</translation>
    </message>
    <message>
        <source>line 3 must start with &quot;%1&quot;.</source>
        <translation>Zeile 3 muss mit „%1“ beginnen.</translation>
    </message>
    <message>
        <source>line 4 must be the base64 of the %1-byte comment signature.</source>
        <translation>Zeile 4 muss die %1 Bytes lange Signatur des Kommentars in Base64 enthalten.</translation>
    </message>
    <message>
        <source>The signature was made with key %1, but the public key is %2: it was signed by another key.</source>
        <translation>Die Signatur wurde mit dem Schlüssel %1 erstellt, der öffentliche Schlüssel ist aber %2: Es wurde mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The signature does not match the data: the data was changed after it was signed, or the signature belongs to other data.</source>
        <translation>Die Signatur passt nicht zu den Daten: Die Daten wurden nach dem Signieren geändert, oder die Signatur gehört zu anderen Daten.</translation>
    </message>
    <message>
        <source>The trusted comment was changed after signing: its signature does not match.</source>
        <translation>Der signierte Kommentar (trusted comment) wurde nach dem Signieren geändert: Seine Signatur passt nicht.</translation>
    </message>
    <message>
        <source>line 2 must be the base64 of the algorithm, the key id and the signature.</source>
        <translation>Zeile 2 muss das Base64 des Algorithmus, der Schlüssel-ID und der Signatur sein.</translation>
    </message>
</context>
<context>
    <name>lethe::Names</name>
    <message>
        <source>Access</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Datenübertragbarkeit</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>DSGVO</translation>
    </message>
    <message>
        <source>UK GDPR</source>
        <translation>UK-DSGVO</translation>
    </message>
    <message>
        <source>CCPA/CPRA</source>
        <translation>CCPA/CPRA</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>Identitätsprüfung</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Identität bestätigt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Zur Freigabe</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Manifestly unfounded</source>
        <translation>Offenkundig unbegründet</translation>
    </message>
    <message>
        <source>Excessive</source>
        <translation>Exzessiv</translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation>Identität nicht bestätigt</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive request</source>
        <translation>Offenkundig unbegründeter oder exzessiver Antrag</translation>
    </message>
    <message>
        <source>Further copies</source>
        <translation>Weitere Kopien</translation>
    </message>
    <message>
        <source>Know</source>
        <translation>Auskunft (Know)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschung (Delete)</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Berichtigung (Correct)</translation>
    </message>
    <message>
        <source>Automated decision</source>
        <translation>Automatisierte Entscheidung</translation>
    </message>
    <message>
        <source>Opt out of sale/sharing</source>
        <translation>Widerspruch gegen Verkauf/Weitergabe</translation>
    </message>
    <message>
        <source>Limit sensitive data</source>
        <translation>Sensible Daten begrenzen</translation>
    </message>
    <message>
        <source>Awaiting clarification</source>
        <translation>Wartet auf Klarstellung</translation>
    </message>
    <message>
        <source>Believed fraudulent</source>
        <translation>Für betrügerisch gehalten</translation>
    </message>
</context>
<context>
    <name>lethe::NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>As the subject gave it</source>
        <translation>Wie von der betroffenen Person angegeben</translation>
    </message>
    <message>
        <source>name@example.com, other@example.org</source>
        <translation>name@example.com, andere@example.org</translation>
    </message>
    <message>
        <source>+44 20 7946 0018</source>
        <translation>+44 20 7946 0018</translation>
    </message>
    <message>
        <source>Account ids in the products, comma-separated</source>
        <translation>Konto-IDs in den Produkten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>LeadsGen, AlwaysLeads</source>
        <translation>LeadsGen, AlwaysLeads</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Regulation:</source>
        <translation>&amp;Regelwerk:</translation>
    </message>
    <message>
        <source>Re&amp;ceived:</source>
        <translation>Ein&amp;gegangen am:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>Subject &amp;name:</source>
        <translation>&amp;Name der betroffenen Person:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>&amp;E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>Tele&amp;fonnummern:</translation>
    </message>
    <message>
        <source>&amp;User IDs:</source>
        <translation>Benutzer-&amp;IDs:</translation>
    </message>
    <message>
        <source>Pr&amp;oducts:</source>
        <translation>&amp;Produkte:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Bearbeiter/in:</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Anfrage anlegen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) from today)</source>
        <translation>
            <numerusform>%1 (in %n Tag)</numerusform>
            <numerusform>%1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (already %n day(s) overdue)</source>
        <translation>
            <numerusform>%1 (bereits %n Tag überfällig)</numerusform>
            <numerusform>%1 (bereits %n Tage überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge receipt by %1</source>
        <translation>Eingangsbestätigung bis %1</translation>
    </message>
    <message>
        <source>With + and the country code: this workspace has no phone region for national numbers (lethe-cli workspace phone-region).</source>
        <translation>Mit + und Ländervorwahl: dieser Arbeitsbereich hat keine Telefonregion für nationale Nummern (lethe-cli workspace phone-region).</translation>
    </message>
    <message>
        <source>A number without its country code is read as a number in %1, the workspace&apos;s phone region.</source>
        <translation>Eine Nummer ohne Ländervorwahl wird als Nummer in %1 gelesen, der Telefonregion des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The public holidays of where the controller is established, for this request only; the deadline rolls over them (GDPR, UK GDPR).</source>
        <translation>Die Feiertage am Ort der Niederlassung des Verantwortlichen, nur für diese Anfrage; die Frist verschiebt sich über sie hinweg (DSGVO, UK GDPR).</translation>
    </message>
    <message>
        <source>Ho&amp;liday calendar:</source>
        <translation>&amp;Feiertagskalender:</translation>
    </message>
    <message>
        <source>The workspace&apos;s (%1)</source>
        <translation>Der des Arbeitsbereichs (%1)</translation>
    </message>
    <message>
        <source>The workspace&apos;s (weekends only)</source>
        <translation>Der des Arbeitsbereichs (nur Wochenenden)</translation>
    </message>
</context>
<context>
    <name>lethe::NoteDialog</name>
    <message>
        <source>Add a note to %1</source>
        <translation>Notiz zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what is next</source>
        <translation>Was ist passiert, was wurde vereinbart, wie geht es weiter</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Schreiben Sie zuerst die Notiz.</translation>
    </message>
    <message>
        <source>The note is longer than 20,000 characters.</source>
        <translation>Die Notiz ist länger als 20.000 Zeichen.</translation>
    </message>
</context>
<context>
    <name>lethe::OfficerKeyDialog</name>
    <message>
        <source>Officer Key</source>
        <translation>Beauftragtenschlüssel</translation>
    </message>
    <message>
        <source>Your officer key in %1</source>
        <translation>Ihr Beauftragtenschlüssel in %1</translation>
    </message>
    <message>
        <source>An officer key signs your approvals of erasure plans, and the audit log&apos;s head after each change you make, so a rewrite of the log is noticed. Its secret stays in this computer&apos;s keychain; the workspace holds only its public key. Once any key is registered in a workspace, approvals there must be signed.</source>
        <translation>Ein Beauftragtenschlüssel signiert Ihre Freigaben von Löschplänen und nach jeder Ihrer Änderungen den Kopf des Audit-Protokolls, damit ein Umschreiben des Protokolls auffällt. Sein geheimer Teil bleibt im Schlüsselbund dieses Computers; der Arbeitsbereich enthält nur den öffentlichen Schlüssel. Sobald in einem Arbeitsbereich ein Schlüssel registriert ist, müssen Freigaben dort signiert sein.</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>In the workspace:</source>
        <translation>Im Arbeitsbereich:</translation>
    </message>
    <message>
        <source>In this keychain:</source>
        <translation>In diesem Schlüsselbund:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>&amp;Keys registered in this workspace:</source>
        <translation>In diesem Arbeitsbereich registrierte &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Create and &amp;Register My Key…</source>
        <translation>Meinen Schlüssel erzeugen und &amp;registrieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Key %1, registered %2</source>
        <translation>Schlüssel %1, registriert am %2</translation>
    </message>
    <message>
        <source>No key is registered for you.</source>
        <translation>Für Sie ist kein Schlüssel registriert.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No officer key of yours for this workspace.</source>
        <translation>Kein Beauftragtenschlüssel von Ihnen für diesen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Key %1, the registered one.</source>
        <translation>Schlüssel %1, der registrierte.</translation>
    </message>
    <message>
        <source>Key %1, not the registered one.</source>
        <translation>Schlüssel %1, nicht der registrierte.</translation>
    </message>
    <message>
        <source>Key %1, not registered yet.</source>
        <translation>Schlüssel %1, noch nicht registriert.</translation>
    </message>
    <message>
        <source>(none registered)</source>
        <translation>(keiner registriert)</translation>
    </message>
    <message>
        <source>&amp;Register the Key in This Keychain…</source>
        <translation>Schlüssel aus diesem Schlüsselbund &amp;registrieren…</translation>
    </message>
    <message>
        <source>Create a &amp;New Key and Register It…</source>
        <translation>&amp;Neuen Schlüssel erzeugen und registrieren…</translation>
    </message>
    <message>
        <source>Your key is registered and in this keychain: there is nothing to do.</source>
        <translation>Ihr Schlüssel ist registriert und liegt in diesem Schlüsselbund: Es ist nichts zu tun.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not be read, so no key is made or registered: %1</source>
        <translation>Der Schlüsselbund dieses Computers konnte nicht gelesen werden, daher wird kein Schlüssel erzeugt oder registriert: %1</translation>
    </message>
    <message>
        <source>Your officer key %1 is registered in this workspace but is not in this computer&apos;s keychain: what you change here is recorded in the audit log unsigned, and you cannot approve erasures here. Approve on the computer whose keychain holds it, or register a key from here, which replaces it; plans you approved with the old key and that have not run yet must then be approved again.</source>
        <translation>Ihr Beauftragtenschlüssel %1 ist in diesem Arbeitsbereich registriert, liegt aber nicht im Schlüsselbund dieses Computers: Was Sie hier ändern, wird unsigniert ins Audit-Protokoll geschrieben, und Sie können hier keine Löschungen freigeben. Geben Sie an dem Computer frei, in dessen Schlüsselbund er liegt, oder registrieren Sie von hier aus einen Schlüssel, der ihn ersetzt; Pläne, die Sie mit dem alten Schlüssel freigegeben haben und die noch nicht ausgeführt wurden, müssen dann erneut freigegeben werden.</translation>
    </message>
    <message>
        <source>Approvals in this workspace are signed, and you have no key registered: you cannot approve erasures until you register one.</source>
        <translation>Freigaben werden in diesem Arbeitsbereich signiert, und Sie haben keinen Schlüssel registriert: Sie können keine Löschungen freigeben, bis Sie einen registrieren.</translation>
    </message>
    <message>
        <source>Register the officer key %1 from this computer&apos;s keychain as yours in %2?</source>
        <translation>Den Beauftragtenschlüssel %1 aus dem Schlüsselbund dieses Computers in %2 als Ihren registrieren?</translation>
    </message>
    <message>
        <source>Make a new officer key in this computer&apos;s keychain and register its public key as yours in %1?</source>
        <translation>Einen neuen Beauftragtenschlüssel im Schlüsselbund dieses Computers erzeugen und seinen öffentlichen Schlüssel in %1 als Ihren registrieren?</translation>
    </message>
    <message>
        <source>It replaces your registered key %1. Plans you approved with it that have not run yet must be approved again.</source>
        <translation>Er ersetzt Ihren registrierten Schlüssel %1. Pläne, die Sie damit freigegeben haben und die noch nicht ausgeführt wurden, müssen erneut freigegeben werden.</translation>
    </message>
    <message>
        <source>It is the first key in this workspace: from then on every approval here must be signed, and audit verify requires a signed head.</source>
        <translation>Es ist der erste Schlüssel in diesem Arbeitsbereich: Ab dann muss hier jede Freigabe signiert sein, und die Prüfung des Audit-Protokolls verlangt einen signierten Kopf.</translation>
    </message>
    <message>
        <source>Registering is recorded in the audit log.</source>
        <translation>Die Registrierung wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Register Officer Key</source>
        <translation>Beauftragtenschlüssel registrieren</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Create and &amp;Register</source>
        <translation>Erzeugen und &amp;registrieren</translation>
    </message>
    <message>
        <source>Registering your officer key…</source>
        <translation>Ihr Beauftragtenschlüssel wird registriert…</translation>
    </message>
    <message>
        <source>Your officer key %1 is registered in %2 and kept in this computer&apos;s keychain. Your approvals, and the audit log&apos;s head after your changes, are signed with it from now on.</source>
        <translation>Ihr Beauftragtenschlüssel %1 ist in %2 registriert und liegt im Schlüsselbund dieses Computers. Ihre Freigaben und der Kopf des Audit-Protokolls nach Ihren Änderungen werden ab jetzt damit signiert.</translation>
    </message>
    <message>
        <source>Could not be read: the connection to the workspace was lost.</source>
        <translation>Konnte nicht gelesen werden: Die Verbindung zum Arbeitsbereich ist verloren gegangen.</translation>
    </message>
    <message>
        <source>The keys registered in the workspace could not be read: the connection to the workspace was lost. They are read once the connection is back.</source>
        <translation>Die im Arbeitsbereich registrierten Schlüssel konnten nicht gelesen werden: Die Verbindung zum Arbeitsbereich ist verloren gegangen. Sie werden gelesen, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Not registered yet: the connection to the workspace was lost. Your key is kept in this computer&apos;s keychain and registered once the connection is back, and never twice.</source>
        <translation>Noch nicht registriert: Die Verbindung zum Arbeitsbereich ist verloren gegangen. Ihr Schlüssel bleibt im Schlüsselbund dieses Computers und wird registriert, sobald die Verbindung wieder besteht, und nie doppelt.</translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>You closed Officer Key while the registration of your key %1 waited for the lost connection, so whether it was registered is not known yet. It is read once the connection is back; until then, Workspace › Officer Key… shows whether it is registered.</source>
        <translation>Sie haben „Beauftragtenschlüssel“ geschlossen, während die Registrierung Ihres Schlüssels %1 auf die verlorene Verbindung wartete; ob er registriert wurde, ist daher noch nicht bekannt. Das wird gelesen, sobald die Verbindung wieder besteht; bis dahin zeigt Arbeitsbereich › Beauftragtenschlüssel…, ob er registriert ist.</translation>
    </message>
    <message>
        <source>Your officer key was not registered: %1</source>
        <translation>Ihr Beauftragtenschlüssel wurde nicht registriert: %1</translation>
    </message>
    <message>
        <source>Whether your officer key %1 was registered before the connection was lost could not be read: %2. Workspace › Officer Key… shows whether it is.</source>
        <translation>Ob Ihr Beauftragtenschlüssel %1 registriert wurde, bevor die Verbindung verloren ging, konnte nicht gelesen werden: %2. Arbeitsbereich › Beauftragtenschlüssel… zeigt, ob er es ist.</translation>
    </message>
    <message>
        <source>Your officer key %1 had been registered before the connection was lost, although you closed the dialog: it is registered (once), and your approvals and what you change here are signed with it.</source>
        <translation>Ihr Beauftragtenschlüssel %1 war registriert worden, bevor die Verbindung verloren ging, obwohl Sie den Dialog geschlossen haben: Er ist (einmal) registriert, und Ihre Freigaben und was Sie hier ändern, werden mit ihm signiert.</translation>
    </message>
    <message>
        <source>Your officer key %1 was not registered: the connection was lost before it was. It stays in this computer&apos;s keychain; Workspace › Officer Key… registers it.</source>
        <translation>Ihr Beauftragtenschlüssel %1 wurde nicht registriert: Die Verbindung ging vorher verloren. Er bleibt im Schlüsselbund dieses Computers; Arbeitsbereich › Beauftragtenschlüssel… registriert ihn.</translation>
    </message>
</context>
<context>
    <name>lethe::OfficerKeys</name>
    <message>
        <source>Reading the officer keys</source>
        <translation>Lesen der Beauftragtenschlüssel</translation>
    </message>
    <message>
        <source>Reading the officer key of %1</source>
        <translation>Lesen des Beauftragtenschlüssels von %1</translation>
    </message>
    <message>
        <source>Registering the officer key</source>
        <translation>Registrieren des Beauftragtenschlüssels</translation>
    </message>
    <message>
        <source>An officer key is registered from its secret key in the keychain.</source>
        <translation>Ein Beauftragtenschlüssel wird aus seinem geheimen Schlüssel im Schlüsselbund registriert.</translation>
    </message>
    <message>
        <source>Registering the officer key of %1</source>
        <translation>Registrieren des Beauftragtenschlüssels von %1</translation>
    </message>
    <message>
        <source>No keychain to read %1 from.</source>
        <translation>Kein Schlüsselbund, aus dem %1 gelesen werden könnte.</translation>
    </message>
</context>
<context>
    <name>lethe::Phone</name>
    <message>
        <source>phone: empty.</source>
        <translation>phone: leer.</translation>
    </message>
    <message>
        <source>phone: contains &quot;%1&quot;; use digits, spaces, dashes and a leading +.</source>
        <translation>phone: enthält „%1“; verwenden Sie Ziffern, Leerzeichen, Bindestriche und ein führendes +.</translation>
    </message>
    <message>
        <source>phone: a national number needs a region; write it with + and the country code (+44 20 7946 0018) or set the workspace&apos;s phone region (lethe-cli workspace phone-region GB).</source>
        <translation>phone: eine nationale Nummer braucht eine Region; schreiben Sie sie mit + und Ländervorwahl (+44 20 7946 0018) oder legen Sie die Telefonregion des Arbeitsbereichs fest (lethe-cli workspace phone-region GB).</translation>
    </message>
    <message>
        <source>phone: the region &quot;%1&quot; is not a country code such as DE or GB.</source>
        <translation>phone: die Region „%1“ ist kein Ländercode wie DE oder GB.</translation>
    </message>
    <message>
        <source>phone: no country has the calling code after the +.</source>
        <translation>phone: kein Land hat die Ländervorwahl nach dem +.</translation>
    </message>
    <message>
        <source>phone: not a phone number.</source>
        <translation>phone: keine Telefonnummer.</translation>
    </message>
    <message>
        <source>phone: too few digits for a phone number.</source>
        <translation>phone: zu wenige Ziffern für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>phone: too many digits for a phone number.</source>
        <translation>phone: zu viele Ziffern für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>phone: too few digits for a number in %1.</source>
        <translation>phone: zu wenige Ziffern für eine Nummer in %1.</translation>
    </message>
    <message>
        <source>phone: too many digits for a number in %1.</source>
        <translation>phone: zu viele Ziffern für eine Nummer in %1.</translation>
    </message>
    <message>
        <source>phone: numbers in %1 do not have this many digits.</source>
        <translation>phone: Nummern in %1 haben nicht so viele Ziffern.</translation>
    </message>
    <message>
        <source>phone: a local number in %1 without its area code.</source>
        <translation>phone: eine Ortsnummer in %1 ohne Vorwahl.</translation>
    </message>
    <message>
        <source>phone: not a number in %1&apos;s numbering plan (no such area code or range).</source>
        <translation>phone: keine Nummer im Nummernplan von %1 (diese Vorwahl oder diesen Bereich gibt es nicht).</translation>
    </message>
</context>
<context>
    <name>lethe::PreviewPane</name>
    <message>
        <source>Run preview</source>
        <translation>Vorschau starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Search what was found…</source>
        <translation>Im Gefundenen suchen…</translation>
    </message>
    <message>
        <source>System / table</source>
        <translation>System / Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Select a request, then run a preview to see everything held about its subject.</source>
        <translation>Wählen Sie eine Anfrage und starten Sie eine Vorschau, um alles zu sehen, was über die betroffene Person gespeichert ist.</translation>
    </message>
    <message numerus="yes">
        <source>Searching %n system(s) for the subject of %1…</source>
        <translation>
            <numerusform>%n System wird nach der betroffenen Person von %1 durchsucht…</numerusform>
            <numerusform>%n Systeme werden nach der betroffenen Person von %1 durchsucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not reachable: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>Gefunden über</translation>
    </message>
    <message numerus="yes">
        <source>%1: showing %2 of %Ln row(s); the export holds them all.</source>
        <translation>
            <numerusform>%1: %2 von %Ln Zeile angezeigt; der Export enthält alle.</numerusform>
            <numerusform>%1: %2 von %Ln Zeilen angezeigt; der Export enthält alle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln row(s) (tables with data: %1, systems searched: %2). The audit log records the counts, not the data.</source>
        <translation>
            <numerusform>%Ln Zeile gefunden (Tabellen mit Daten: %1, durchsuchte Systeme: %2). Das Prüfprotokoll vermerkt die Anzahlen, nicht die Daten.</numerusform>
            <numerusform>%Ln Zeilen gefunden (Tabellen mit Daten: %1, durchsuchte Systeme: %2). Das Prüfprotokoll vermerkt die Anzahlen, nicht die Daten.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the processor, through its API (connection %1)</source>
        <translation>Beim Auftragsverarbeiter, über seine API (Verbindung %1)</translation>
    </message>
    <message>
        <source>%1 › manual task</source>
        <translation>%1 › manuelle Aufgabe</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Records the processor&apos;s search returned that do not hold exactly the subject&apos;s identity (another address that contains theirs, another user id). They are not the subject&apos;s: not counted, not exported, never erased.</source>
        <translation>Datensätze, die die Suche des Auftragsverarbeiters geliefert hat, die aber nicht genau die Identität der betroffenen Person enthalten (eine andere Adresse, die ihre enthält, eine andere Benutzer-ID). Sie gehören nicht der betroffenen Person: nicht gezählt, nicht exportiert, nie gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>+%n related</source>
        <translation>
            <numerusform>+%n verbundene</numerusform>
            <numerusform>+%n verbundene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared, left out</source>
        <translation>
            <numerusform>%n geteilt, ausgelassen</numerusform>
            <numerusform>%n geteilt, ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>related (%1), shared with %n other row(s)</source>
        <translation>
            <numerusform>verbunden (%1), geteilt mit %n anderen Zeile</numerusform>
            <numerusform>verbunden (%1), geteilt mit %n anderen Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>related (%1)</source>
        <translation>verbunden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n about others</source>
        <translation>
            <numerusform>%n über andere</numerusform>
            <numerusform>%n über andere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (about someone else)</source>
        <translation>%1 (über eine andere Person)</translation>
    </message>
    <message>
        <source>Related rows are rows the subject&apos;s rows point at (an address, a product, an employee). They are shown with how many other rows share them, are not the subject&apos;s own, are not followed further and are not exported. An erasure removes one only when its table holds personal data, it is no one else&apos;s and nothing that stays points at it. Rows left out were reached through one of the subject&apos;s rows but also point at a row that is not the subject&apos;s (another customer&apos;s order shipping to a shared address). Rows about others are held in the subject&apos;s account about other people (a lead, the emails sent to it): erased with the account, left out of an access bundle unless included with a reason.</source>
        <translation>Verbundene Zeilen sind Zeilen, auf die Zeilen der betroffenen Person verweisen (eine Adresse, ein Produkt, ein Mitarbeiter). Sie werden mit der Zahl der anderen Zeilen angezeigt, die sie teilen, gehören nicht der betroffenen Person, werden nicht weiterverfolgt und nicht exportiert. Eine Löschung entfernt eine solche Zeile nur, wenn ihre Tabelle personenbezogene Daten enthält, sie niemand anderem gehört und keine bleibende Zeile auf sie verweist. Ausgelassene Zeilen wurden über eine Zeile der betroffenen Person erreicht, verweisen aber auch auf eine Zeile, die nicht ihr gehört (die Bestellung eines anderen Kunden an eine gemeinsame Adresse). Zeilen über andere sind im Konto der betroffenen Person über andere Personen gespeichert (ein Lead, die E-Mails an ihn): Sie werden mit dem Konto gelöscht und in einem Auskunftspaket ausgelassen, sofern sie nicht mit Begründung aufgenommen werden.</translation>
    </message>
    <message>
        <source>About someone else: held in the subject&apos;s account (%1). Erased with the account; left out of an access bundle unless included with a reason.</source>
        <translation>Über eine andere Person: im Konto der betroffenen Person gespeichert (%1). Wird mit dem Konto gelöscht; in einem Auskunftspaket ausgelassen, sofern nicht mit Begründung aufgenommen.</translation>
    </message>
    <message numerus="yes">
        <source>Tinted: %Ln row(s) held in the subject&apos;s account about someone else.</source>
        <translation>
            <numerusform>Getönt: %Ln Zeile im Konto der betroffenen Person über eine andere Person.</numerusform>
            <numerusform>Getönt: %Ln Zeilen im Konto der betroffenen Person über andere Personen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::ProcessorClient</name>
    <message>
        <source>%1: the connection &quot;%2&quot; lacks the parameter(s) %3.</source>
        <translation>%1: Der Verbindung „%2“ fehlen Parameter: %3.</translation>
    </message>
    <message>
        <source>%1: the base URL of the connection &quot;%2&quot; is not a valid URL.</source>
        <translation>%1: Die Basis-URL der Verbindung „%2“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>%1: the connection &quot;%2&quot; must use https (plain http only to this machine, for the sandbox), not %3.</source>
        <translation>%1: Die Verbindung „%2“ muss https verwenden (einfaches http nur zu diesem Rechner, für die Sandbox), nicht %3.</translation>
    </message>
    <message>
        <source>%1: the connection &quot;%2&quot; needs the parameter &quot;%3&quot; (%4).</source>
        <translation>%1: Die Verbindung „%2“ braucht den Parameter „%3“ (%4).</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>lethe::ProcessorConnections</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 ist an Position %2 kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1: connection %2 needs &quot;key&quot; and &quot;connector&quot;.</source>
        <translation>%1: Verbindung %2 braucht „key“ und „connector“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The sandbox connection template is not valid JSON: %1</source>
        <translation>Die Verbindungsvorlage für die Sandbox ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ports file is not the JSON lethe-sandbox writes.</source>
        <translation>Die Portdatei der Sandbox ist nicht das JSON, das lethe-sandbox schreibt.</translation>
    </message>
    <message>
        <source>The sandbox reported no port for &quot;%1&quot;.</source>
        <translation>Die Sandbox hat für „%1“ keinen Port gemeldet.</translation>
    </message>
    <message>
        <source>The connection key &quot;%1&quot; must be lower-case letters, digits, - and _, starting with a letter.</source>
        <translation>Der Verbindungsschlüssel „%1“ darf nur Kleinbuchstaben, Ziffern, - und _ enthalten und muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>Unknown connector &quot;%1&quot; (known: %2).</source>
        <translation>Unbekannter Konnektor „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; has no parameter &quot;%2&quot;.</source>
        <translation>Der Konnektor „%1“ hat keinen Parameter „%2“.</translation>
    </message>
    <message>
        <source>%1 declares no test request: it can only be checked by running an erasure.</source>
        <translation>%1 deklariert keine Testanfrage: Die Verbindung lässt sich nur durch eine Löschung prüfen.</translation>
    </message>
    <message>
        <source>The test request needs %1, which the connection lacks.</source>
        <translation>Die Testanfrage braucht %1, was der Verbindung fehlt.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2); nothing was sent.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen (%2); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: %2.</source>
        <translation>Unter %1 antwortet nichts: %2.</translation>
    </message>
    <message>
        <source>%1 answered at %2 but refused the credentials (HTTP %3)%4.</source>
        <translation>%1 hat unter %2 geantwortet, aber die Zugangsdaten abgelehnt (HTTP %3)%4.</translation>
    </message>
    <message>
        <source>Something answers at %1, but not %2&apos;s API (HTTP %3 for %4).</source>
        <translation>Unter %1 antwortet etwas, aber nicht die API von %2 (HTTP %3 für %4).</translation>
    </message>
    <message>
        <source>%1 is reachable at %2 and accepts the credentials.</source>
        <translation>%1 ist unter %2 erreichbar und akzeptiert die Zugangsdaten.</translation>
    </message>
    <message>
        <source>%1 is reachable at %2 but is rate-limiting this account just now.</source>
        <translation>%1 ist unter %2 erreichbar, drosselt aber gerade die Zugriffe dieses Kontos.</translation>
    </message>
    <message>
        <source>%1 at %2 answered HTTP %3%4.</source>
        <translation>%1 unter %2 hat mit HTTP %3 geantwortet%4.</translation>
    </message>
    <message>
        <source>%1: the recipient %2 names the connection &quot;%3&quot;, which this workspace does not have (lethe-cli connections add).</source>
        <translation>%1: Der Empfänger %2 nennt die Verbindung „%3“, die es in diesem Arbeitsbereich nicht gibt (lethe-cli connections add).</translation>
    </message>
    <message>
        <source>%1: the connection &quot;%2&quot; uses the connector &quot;%3&quot;, which is not installed.</source>
        <translation>%1: Die Verbindung „%2“ verwendet den Konnektor „%3“, der nicht installiert ist.</translation>
    </message>
    <message>
        <source>(errors)</source>
        <translation>(Fehler)</translation>
    </message>
    <message>
        <source>%1: near matches, not the subject&apos;s (not erased)</source>
        <translation>%1: ähnliche Treffer, nicht die der betroffenen Person (nicht gelöscht)</translation>
    </message>
</context>
<context>
    <name>lethe::ProcessorErasure</name>
    <message>
        <source>record %1 of %2</source>
        <translation>Eintrag %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2 needs %3, which the record does not have.</source>
        <translation>%1: %2 braucht %3, was der Eintrag nicht hat.</translation>
    </message>
    <message>
        <source>%1: %2: the TLS connection failed (%3); nothing was sent.</source>
        <translation>%1: %2: Die TLS-Verbindung ist fehlgeschlagen (%3); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation>%1: %2: %3.</translation>
    </message>
    <message>
        <source>%1: %2 was refused (HTTP %3): the credentials are wrong or lack the permission to erase.</source>
        <translation>%1: %2 wurde abgelehnt (HTTP %3): Die Zugangsdaten sind falsch oder haben keine Berechtigung zum Löschen.</translation>
    </message>
    <message>
        <source>%1: %2 answered HTTP %3%4.</source>
        <translation>%1: %2 wurde mit HTTP %3 beantwortet%4.</translation>
    </message>
    <message>
        <source>%1: %2 was accepted, but the answer has no job id at &quot;%3&quot;.</source>
        <translation>%1: %2 wurde angenommen, aber die Antwort enthält unter „%3“ keine Job-ID.</translation>
    </message>
    <message>
        <source>%1: the job %2 ended as &quot;%3&quot;.</source>
        <translation>%1: Der Job %2 endete mit „%3“.</translation>
    </message>
    <message>
        <source>%1: polling the job %2 answered HTTP %3.</source>
        <translation>%1: Die Statusabfrage des Jobs %2 ergab HTTP %3.</translation>
    </message>
    <message>
        <source>%1: the job %2 is still &quot;%3&quot; after %4 s; check it at the processor and complete the manual task.</source>
        <translation>%1: Der Job %2 ist nach %4 s noch „%3“; prüfen Sie ihn beim Auftragsverarbeiter und erledigen Sie die manuelle Aufgabe.</translation>
    </message>
</context>
<context>
    <name>lethe::ProcessorSearch</name>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;): the TLS connection failed (%4); nothing was sent.</source>
        <translation>%1: %2 (Abfrage „%3“): Die TLS-Verbindung ist fehlgeschlagen (%4); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;): %4.</source>
        <translation>%1: %2 (Abfrage „%3“): %4.</translation>
    </message>
    <message>
        <source>%1: %2 was refused (HTTP %3): the connection&apos;s credentials are wrong or lack a permission%4.</source>
        <translation>%1: %2 wurde abgelehnt (HTTP %3): Die Zugangsdaten der Verbindung sind falsch oder es fehlt eine Berechtigung%4.</translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;) answered HTTP %4%5.</source>
        <translation>%1: %2 (Abfrage „%3“) wurde mit HTTP %4 beantwortet%5.</translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;) answered with a body that is not JSON (%4 bytes).</source>
        <translation>%1: %2 (Abfrage „%3“) lieferte eine Antwort, die kein JSON ist (%4 Bytes).</translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;): the answer has no field &quot;%4&quot; where the records should be.</source>
        <translation>%1: %2 (Abfrage „%3“): Die Antwort hat kein Feld „%4“, in dem die Einträge stehen sollten.</translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;): the field &quot;%4&quot; should hold a list of records.</source>
        <translation>%1: %2 (Abfrage „%3“): Das Feld „%4“ sollte eine Liste von Einträgen enthalten.</translation>
    </message>
    <message>
        <source>%1: %2 (lookup &quot;%3&quot;) pointed its next page at another host (%4); not followed, so the key is not sent there.</source>
        <translation>%1: %2 (Abfrage „%3“) verwies für die nächste Seite auf einen anderen Host (%4); nicht gefolgt, damit der Zugangsschlüssel nicht dorthin gesendet wird.</translation>
    </message>
    <message>
        <source>%1: not looked up: %2</source>
        <translation>%1: nicht abgefragt: %2</translation>
    </message>
</context>
<context>
    <name>lethe::QueueFilterBar</name>
    <message>
        <source>Search id, subject, email, assignee… (Ctrl+F)</source>
        <translation>ID, betroffene Person, E-Mail, Bearbeiter/in suchen… (Strg+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All regulations</source>
        <translation>Alle Regelwerke</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Bearbeiter/innen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>lethe::QueueQuery</name>
    <message>
        <source>Reading the queue</source>
        <translation>Die Warteschlange wird gelesen</translation>
    </message>
    <message>
        <source>Counting the queue</source>
        <translation>Die Warteschlange wird gezählt</translation>
    </message>
    <message>
        <source>Reading who has requests</source>
        <translation>Es wird gelesen, wer Anfragen hat</translation>
    </message>
</context>
<context>
    <name>lethe::Reconnector</name>
    <message>
        <source>the workspace file %1 cannot be found</source>
        <translation>die Arbeitsbereichsdatei %1 ist nicht zu finden</translation>
    </message>
</context>
<context>
    <name>lethe::ReportText</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Financial data</source>
        <translation>Finanzdaten</translation>
    </message>
    <message>
        <source>Device data</source>
        <translation>Gerätedaten</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Content you created</source>
        <translation>Von Ihnen erstellte Inhalte</translation>
    </message>
    <message>
        <source>Demographic data</source>
        <translation>Demografische Daten</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Official identifiers</source>
        <translation>Amtliche Kennungen</translation>
    </message>
    <message>
        <source>Sensor data</source>
        <translation>Sensordaten</translation>
    </message>
    <message>
        <source>Technical records</source>
        <translation>Technische Aufzeichnungen</translation>
    </message>
    <message>
        <source>Other personal data</source>
        <translation>Sonstige personenbezogene Daten</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifikatoren</translation>
    </message>
    <message>
        <source>Customer records</source>
        <translation>Kundendaten</translation>
    </message>
    <message>
        <source>Characteristics of protected classifications</source>
        <translation>Merkmale geschützter Gruppen</translation>
    </message>
    <message>
        <source>Commercial information</source>
        <translation>Kommerzielle Informationen</translation>
    </message>
    <message>
        <source>Internet or other electronic network activity information</source>
        <translation>Informationen über Internet- oder andere elektronische Netzwerkaktivitäten</translation>
    </message>
    <message>
        <source>Geolocation data</source>
        <translation>Geolokalisierungsdaten</translation>
    </message>
    <message>
        <source>Audio, electronic, visual or similar information</source>
        <translation>Audio-, elektronische, visuelle oder ähnliche Informationen</translation>
    </message>
    <message>
        <source>Professional or employment-related information</source>
        <translation>Berufs- oder beschäftigungsbezogene Informationen</translation>
    </message>
    <message>
        <source>Inferences drawn to create a profile</source>
        <translation>Zur Profilbildung gezogene Schlussfolgerungen</translation>
    </message>
    <message>
        <source>Sensitive personal information</source>
        <translation>Sensible personenbezogene Informationen</translation>
    </message>
    <message>
        <source>Other personal information</source>
        <translation>Sonstige personenbezogene Informationen</translation>
    </message>
    <message>
        <source>other details about you</source>
        <translation>weitere Angaben über Sie</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>user identifier</source>
        <translation>Benutzerkennung</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>state or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>account details</source>
        <translation>Kontodaten</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>access rights</source>
        <translation>Zugriffsrechte</translation>
    </message>
    <message>
        <source>login credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>financial details</source>
        <translation>Finanzangaben</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>payment card</source>
        <translation>Zahlungskarte</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>Geräteangaben</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>device identifier</source>
        <translation>Gerätekennung</translation>
    </message>
    <message>
        <source>cookie identifier</source>
        <translation>Cookie-Kennung</translation>
    </message>
    <message>
        <source>browser and operating system</source>
        <translation>Browser und Betriebssystem</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>approximate location</source>
        <translation>ungefährer Standort</translation>
    </message>
    <message>
        <source>precise location</source>
        <translation>genauer Standort</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>browsing history</source>
        <translation>Browserverlauf</translation>
    </message>
    <message>
        <source>purchase history</source>
        <translation>Kaufhistorie</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>private messages and content</source>
        <translation>private Nachrichten und Inhalte</translation>
    </message>
    <message>
        <source>public content</source>
        <translation>öffentliche Inhalte</translation>
    </message>
    <message>
        <source>demographic details</source>
        <translation>demografische Angaben</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>government identifier</source>
        <translation>amtliche Kennung</translation>
    </message>
    <message>
        <source>sensor readings</source>
        <translation>Sensormesswerte</translation>
    </message>
    <message>
        <source>usage data</source>
        <translation>Nutzungsdaten</translation>
    </message>
    <message>
        <source>technical records</source>
        <translation>technische Aufzeichnungen</translation>
    </message>
    <message>
        <source>operational records</source>
        <translation>Betriebsaufzeichnungen</translation>
    </message>
    <message>
        <source>sign-in records</source>
        <translation>Anmeldeprotokolle</translation>
    </message>
    <message>
        <source>The report would not say who the controller is, how to reach them or where the subject may complain: set %1 with lethe-cli workspace set (the workspace settings %2).</source>
        <translation>Der Bericht würde nicht sagen, wer der Verantwortliche ist, wie er erreichbar ist oder wo sich die betroffene Person beschweren kann: setzen Sie %1 mit lethe-cli workspace set (die Arbeitsbereich-Einstellungen %2).</translation>
    </message>
    <message>
        <source>a password hash</source>
        <translation>ein Passwort-Hash</translation>
    </message>
    <message>
        <source>an encrypted password</source>
        <translation>ein verschlüsseltes Passwort</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>ein Passwort</translation>
    </message>
    <message>
        <source>an encrypted access token</source>
        <translation>ein verschlüsseltes Zugriffstoken</translation>
    </message>
    <message>
        <source>an access token</source>
        <translation>ein Zugriffstoken</translation>
    </message>
    <message>
        <source>a secret key</source>
        <translation>ein geheimer Schlüssel</translation>
    </message>
    <message>
        <source>a login credential</source>
        <translation>ein Anmeldegeheimnis</translation>
    </message>
    <message>
        <source>withheld: %1 is a secret, not information about you</source>
        <translation>einbehalten: %1 ist ein Geheimnis, keine Information über Sie</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>The right to know: what personal information we collect, use, disclose, sell and share, and a copy of it (this report).</source>
        <translation>Das Recht auf Auskunft: welche personenbezogenen Informationen wir erheben, nutzen, offenlegen, verkaufen und weitergeben, und eine Kopie davon (dieser Bericht).</translation>
    </message>
    <message>
        <source>The right to delete the personal information we collected from you, and the right to correct inaccurate personal information.</source>
        <translation>Das Recht, die von Ihnen erhobenen personenbezogenen Informationen löschen zu lassen, und das Recht, unrichtige personenbezogene Informationen berichtigen zu lassen.</translation>
    </message>
    <message>
        <source>The right to opt out of the sale or sharing of your personal information, and to limit the use and disclosure of sensitive personal information.</source>
        <translation>Das Recht, dem Verkauf oder der Weitergabe Ihrer personenbezogenen Informationen zu widersprechen und die Nutzung und Offenlegung sensibler personenbezogener Informationen zu beschränken.</translation>
    </message>
    <message>
        <source>The right not to be discriminated against for exercising any of these rights: we may not deny you goods or services, charge you a different price or give you a different level or quality of service because you did.</source>
        <translation>Das Recht, wegen der Ausübung dieser Rechte nicht benachteiligt zu werden: Wir dürfen Ihnen deshalb keine Waren oder Dienste verweigern, keinen anderen Preis berechnen und keine andere Leistung oder Qualität bieten.</translation>
    </message>
    <message>
        <source>You may ask for a copy of your data (this report), for its correction, for its erasure, for its processing to be restricted, and for a portable copy.</source>
        <translation>Sie können eine Kopie Ihrer Daten (dieser Bericht), ihre Berichtigung, ihre Löschung, die Einschränkung ihrer Verarbeitung und eine übertragbare Kopie verlangen.</translation>
    </message>
    <message>
        <source>You may object to processing based on legitimate interests, and at any time to direct marketing; where we rely on your consent you may withdraw it at any time.</source>
        <translation>Sie können einer Verarbeitung auf Grund berechtigter Interessen widersprechen, und jederzeit der Direktwerbung; wo wir uns auf Ihre Einwilligung stützen, können Sie sie jederzeit widerrufen.</translation>
    </message>
    <message>
        <source>You may complain to a data protection supervisory authority (below), and go to court.</source>
        <translation>Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren (siehe unten) und den Rechtsweg beschreiten.</translation>
    </message>
    <message>
        <source>You may ask for a copy of your data (this report), for its correction and for its erasure, and you may object to its processing.</source>
        <translation>Sie können eine Kopie Ihrer Daten (dieser Bericht), ihre Berichtigung und ihre Löschung verlangen, und Sie können ihrer Verarbeitung widersprechen.</translation>
    </message>
    <message>
        <source>The supervisory authority: the Information Commissioner&apos;s Office (ICO).</source>
        <translation>Die Aufsichtsbehörde: das Information Commissioner&apos;s Office (ICO).</translation>
    </message>
    <message>
        <source>To complain: https://ico.org.uk/make-a-complaint/ or telephone 0303 123 1113.</source>
        <translation>Beschwerde: https://ico.org.uk/make-a-complaint/ oder telefonisch unter 0303 123 1113.</translation>
    </message>
    <message>
        <source>The supervisory authority: %1.</source>
        <translation>Die Aufsichtsbehörde: %1.</translation>
    </message>
    <message>
        <source>To complain, contact it directly.</source>
        <translation>Für eine Beschwerde wenden Sie sich direkt an sie.</translation>
    </message>
    <message>
        <source>To complain: %1.</source>
        <translation>Beschwerde: %1.</translation>
    </message>
    <message>
        <source>You may also complain to the supervisory authority of the EU country where you live, work or where you think your rights were infringed.</source>
        <translation>Sie können sich auch bei der Aufsichtsbehörde des EU-Landes beschweren, in dem Sie leben oder arbeiten oder in dem Ihre Rechte Ihrer Ansicht nach verletzt wurden.</translation>
    </message>
</context>
<context>
    <name>lethe::ReportsWindow</name>
    <message>
        <source>Reports — %1</source>
        <translation>Berichte — %1</translation>
    </message>
    <message>
        <source>All regulations</source>
        <translation>Alle Rechtsgrundlagen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Regulation:</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Complied with
(in whole or part)</source>
        <translation>Erfüllt
(ganz oder teilweise)</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Median days
to respond</source>
        <translation>Median Tage
bis zur Antwort</translation>
    </message>
    <message>
        <source>Mean days
to respond</source>
        <translation>Mittel Tage
bis zur Antwort</translation>
    </message>
    <message>
        <source>Closing date
unknown</source>
        <translation>Abschlussdatum
unbekannt</translation>
    </message>
    <message>
        <source>CCPA regulations, 11 CCR 7102(a)(1): per type, the requests received, complied with in whole or in part and denied in the year, and the median and mean days to respond.</source>
        <translation>CCPA-Verordnungen, 11 CCR 7102(a)(1): je Art die im Jahr eingegangenen, ganz oder teilweise erfüllten und abgelehnten Anfragen sowie Median und Mittelwert der Tage bis zur Antwort.</translation>
    </message>
    <message>
        <source>&lt;b&gt;CCPA 11 CCR 7102 metrics&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kennzahlen nach CCPA 11 CCR 7102&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation>Anfragen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) with a type, regulation or status this version does not know are left out.</source>
        <translation>
            <numerusform>%n Anfrage mit einer Art, Rechtsgrundlage oder einem Status, die diese Version nicht kennt, ist nicht berücksichtigt.</numerusform>
            <numerusform>%n Anfragen mit einer Art, Rechtsgrundlage oder einem Status, die diese Version nicht kennt, sind nicht berücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests cannot be read: %1</source>
        <translation>Die Anfragen können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n closed request(s) have no recorded closing date: they count as received and as &quot;date unknown&quot;, never in the days or the overdue counts.</source>
        <translation>
            <numerusform>%n abgeschlossene Anfrage hat kein erfasstes Abschlussdatum: Sie zählt als eingegangen und als „Datum unbekannt“, nie bei den Tagen oder den überfälligen Anfragen.</numerusform>
            <numerusform>%n abgeschlossene Anfragen haben kein erfasstes Abschlussdatum: Sie zählen als eingegangen und als „Datum unbekannt“, nie bei den Tagen oder den überfälligen Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received: counted in the year of receipt. Complied with, denied and days to respond: in the year the request was closed.</source>
        <translation>Eingegangen: gezählt im Jahr des Eingangs. Erfüllt, abgelehnt und Tage bis zur Antwort: im Jahr, in dem die Anfrage abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>By regulation:</source>
        <translation>Nach Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>Requests received per month, %1</source>
        <translation>Eingegangene Anfragen je Monat, %1</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Days to respond (completed or denied in %1)</source>
        <translation>Tage bis zur Antwort (%1 erledigt oder abgelehnt)</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Overdue at month end, %1</source>
        <translation>Überfällig am Monatsende, %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Export Metrics as CSV</source>
        <translation>Kennzahlen als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Metrics as PDF</source>
        <translation>Kennzahlen als PDF exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Request metrics %1 — %2</source>
        <translation>Kennzahlen der Anfragen %1 — %2</translation>
    </message>
    <message>
        <source>Regulation: %1. As of %2.</source>
        <translation>Rechtsgrundlage: %1. Stand %2.</translation>
    </message>
    <message>
        <source>no new page</source>
        <translation>keine neue Seite</translation>
    </message>
    <message>
        <source>PDF output failed</source>
        <translation>PDF-Ausgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>The connection to the workspace was lost. The requests are read again once it is back.</source>
        <translation>Die Verbindung zum Arbeitsbereich ist verloren gegangen. Die Anfragen werden erneut gelesen, sobald sie wieder besteht.</translation>
    </message>
</context>
<context>
    <name>lethe::RequestDetailPane</name>
    <message>
        <source>No request selected</source>
        <translation>Keine Anfrage ausgewählt</translation>
    </message>
    <message>
        <source>Select a request in the queue, or create one with Ctrl+N.</source>
        <translation>Wählen Sie eine Anfrage in der Liste aus, oder legen Sie mit Strg+N eine neue an.</translation>
    </message>
    <message>
        <source>Created (received %1, due %2)</source>
        <translation>Angelegt (Eingang %1, fällig am %2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>; clock stopped</source>
        <translation>; Frist angehalten</translation>
    </message>
    <message>
        <source>; clock restarted</source>
        <translation>; Frist läuft wieder</translation>
    </message>
    <message>
        <source>Extended: due %1 → %2</source>
        <translation>Frist verlängert: fällig am %1 → %2</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>%1 · was due %2</source>
        <translation>%1 · war fällig am %2</translation>
    </message>
    <message>
        <source>%1 · clock stopped while waiting for identity; due %2 at the earliest</source>
        <translation>%1 · Frist angehalten, solange der Identitätsnachweis aussteht; frühestens fällig am %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · OVERDUE by %n day(s) (was due %2)</source>
        <translation>
            <numerusform>%1 · %n Tag ÜBERFÄLLIG (war fällig am %2)</numerusform>
            <numerusform>%1 · %n Tage ÜBERFÄLLIG (war fällig am %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · due %2, %n day(s) left</source>
        <translation>
            <numerusform>%1 · fällig am %2, noch %n Tag</numerusform>
            <numerusform>%1 · fällig am %2, noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge receipt by %1</source>
        <translation>Eingangsbestätigung bis %1</translation>
    </message>
    <message numerus="yes">
        <source>Clock was stopped for %n day(s)</source>
        <translation>
            <numerusform>Frist war %n Tag angehalten</numerusform>
            <numerusform>Frist war %n Tage angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(kein Name angegeben)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Denied because</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Extension reason: %1</source>
        <translation>Grund der Verlängerung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n row(s) found</source>
        <translation>
            <numerusform>Vorschau: %n Zeile gefunden</numerusform>
            <numerusform>Vorschau: %n Zeilen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Manual task added: %1 (%2)</source>
        <translation>Manuelle Aufgabe hinzugefügt: %1 (%2)</translation>
    </message>
    <message>
        <source>Manual task done: %1, with evidence %2…</source>
        <translation>Manuelle Aufgabe erledigt: %1, mit Nachweis %2…</translation>
    </message>
    <message>
        <source>Manual task done: %1</source>
        <translation>Manuelle Aufgabe erledigt: %1</translation>
    </message>
    <message>
        <source>Erasure planned: plan %1</source>
        <translation>Löschung geplant: Plan %1</translation>
    </message>
    <message>
        <source>Erasure plan %1 approved</source>
        <translation>Löschplan %1 freigegeben</translation>
    </message>
    <message>
        <source>Erasure started: plan %1</source>
        <translation>Löschung gestartet: Plan %1</translation>
    </message>
    <message>
        <source>Erasure resumed: plan %1</source>
        <translation>Löschung fortgesetzt: Plan %1</translation>
    </message>
    <message>
        <source>Erasure stopped between batches (resumable)</source>
        <translation>Löschung zwischen zwei Stapeln angehalten (fortsetzbar)</translation>
    </message>
    <message>
        <source>Erasure stopped by an error (resumable)</source>
        <translation>Löschung durch einen Fehler angehalten (fortsetzbar)</translation>
    </message>
    <message>
        <source>Erasure finished and verified: %1 deleted, %2 updated</source>
        <translation>Löschung abgeschlossen und verifiziert: %1 gelöscht, %2 geändert</translation>
    </message>
    <message>
        <source>Erasure finished, NOT verified: %1 deleted, %2 updated</source>
        <translation>Löschung abgeschlossen, NICHT verifiziert: %1 gelöscht, %2 geändert</translation>
    </message>
    <message numerus="yes">
        <source>Bundle exported: %n row(s)</source>
        <translation>
            <numerusform>Exportpaket erstellt: %n Zeile</numerusform>
            <numerusform>Exportpaket erstellt: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 tables, signed by key %3</source>
        <translation>%1 in %2 Tabellen, signiert mit Schlüssel %3</translation>
    </message>
    <message>
        <source>%1; encrypted to a passphrase</source>
        <translation>%1; per Passphrase verschlüsselt</translation>
    </message>
    <message numerus="yes">
        <source>%1; encrypted to %n public key(s)</source>
        <translation>
            <numerusform>%1; für %n öffentlichen Schlüssel verschlüsselt</numerusform>
            <numerusform>%1; für %n öffentliche Schlüssel verschlüsselt</numerusform>
        </translation>
    </message>
    <message>
        <source>The period began again on %1, when the answer arrived (UK GDPR Art. 12A)</source>
        <translation>Die Frist begann am %1 neu, als die Antwort einging (UK GDPR Art. 12A)</translation>
    </message>
    <message>
        <source>; clock stopped for clarification</source>
        <translation>; Frist angehalten für Klarstellung</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, in part</source>
        <translation>, teilweise</translation>
    </message>
    <message>
        <source>Fee recorded: %1 %2 (%3)</source>
        <translation>Gebühr erfasst: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 · clock stopped while waiting for clarification; due %2 at the earliest</source>
        <translation>%1 · Frist angehalten, solange die Klarstellung aussteht; fällig frühestens %2</translation>
    </message>
    <message>
        <source>The period began again on %1, when the answer arrived (workspace rule: restart)</source>
        <translation>Die Frist begann am %1 neu, als die Antwort kam (Regel des Arbeitsbereichs: Neubeginn)</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>Feiertagskalender</translation>
    </message>
    <message>
        <source>weekends only (no &quot;established in&quot; set)</source>
        <translation>nur Wochenenden (keine Niederlassung gesetzt)</translation>
    </message>
    <message>
        <source>%1 · %2 (this request&apos;s)</source>
        <translation>%1 · %2 (dieser Anfrage)</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(keiner erfasst)</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>In part</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Withheld because</source>
        <translation>Zurückgehalten, weil</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>the subject&apos;s clarification, then back to %1</source>
        <translation>die Klarstellung der betroffenen Person, danach zurück zu %1</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>lethe::RequestMetrics</name>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Reading the requests for the metrics</source>
        <translation>Anfragen für die Kennzahlen lesen</translation>
    </message>
    <message>
        <source>Reading clock stops</source>
        <translation>Fristunterbrechungen lesen</translation>
    </message>
    <message>
        <source>all regulations</source>
        <translation>alle Rechtsgrundlagen</translation>
    </message>
    <message>
        <source>Request metrics for %1 (%2), as of %3</source>
        <translation>Kennzahlen der Anfragen %1 (%2), Stand %3</translation>
    </message>
    <message>
        <source>Per CCPA regulations 11 CCR 7102(a)(1): received, complied with in whole or in part, denied, and days to respond.</source>
        <translation>Nach den CCPA-Verordnungen, 11 CCR 7102(a)(1): eingegangen, ganz oder teilweise erfüllt, abgelehnt und Tage bis zur Antwort.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Complied</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Median d</source>
        <translation>Median T</translation>
    </message>
    <message>
        <source>Mean d</source>
        <translation>Mittel T</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Requests received per month</source>
        <translation>Eingegangene Anfragen je Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation>Überfällig am Monatsende</translation>
    </message>
    <message>
        <source>Days to respond (completed or denied in %1)</source>
        <translation>Tage bis zur Antwort (%1 erledigt oder abgelehnt)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed request(s) have no recorded closing date: they count as received and as &quot;date unknown&quot;, never in the days or the overdue counts.</source>
        <translation>
            <numerusform>%n abgeschlossene Anfrage hat kein erfasstes Abschlussdatum: Sie zählt als eingegangen und als „Datum unbekannt“, nie bei den Tagen oder den überfälligen Anfragen.</numerusform>
            <numerusform>%n abgeschlossene Anfragen haben kein erfasstes Abschlussdatum: Sie zählen als eingegangen und als „Datum unbekannt“, nie bei den Tagen oder den überfälligen Anfragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lethe::RequestQueueModel</name>
    <message>
        <source> (ext.)</source>
        <translation> (verl.)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>Acknowledge receipt by %1</source>
        <translation>Eingangsbestätigung bis %1</translation>
    </message>
    <message>
        <source>Clock stopped while waiting for identity</source>
        <translation>Frist angehalten, solange der Identitätsnachweis aussteht</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Frist verlängert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
</context>
<context>
    <name>lethe::SchemaDiscovery</name>
    <message>
        <source>%1: no primary key; set primary_key before use.</source>
        <translation>%1: kein Primärschlüssel; setzen Sie primary_key vor der Verwendung.</translation>
    </message>
    <message>
        <source>name matches %1</source>
        <translation>Name passt zu %1</translation>
    </message>
    <message>
        <source>%1.%2: could not be sampled: %3</source>
        <translation>%1.%2: keine Stichprobe möglich: %3</translation>
    </message>
    <message>
        <source>%1% of %2 sampled values look like %3</source>
        <translation>%1 % von %2 Stichprobenwerten sehen aus wie %3</translation>
    </message>
    <message>
        <source>no sign of personal data</source>
        <translation>kein Hinweis auf personenbezogene Daten</translation>
    </message>
    <message>
        <source>foreign key to %1</source>
        <translation>Fremdschlüssel auf %1</translation>
    </message>
    <message>
        <source>system.art15: discovery cannot know the purposes, recipients or retention; fill them in.</source>
        <translation>system.art15: Die Erkennung kann Zwecke, Empfänger und Speicherdauer nicht kennen; tragen Sie sie ein.</translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>card numbers passing the Luhn check</source>
        <translation>Kartennummern mit gültiger Luhn-Prüfziffer</translation>
    </message>
    <message>
        <source>IBANs with a valid checksum</source>
        <translation>IBANs mit gültiger Prüfsumme</translation>
    </message>
    <message>
        <source>dates of birth</source>
        <translation>Geburtsdaten</translation>
    </message>
    <message>
        <source>named like a column holding %1, but its type (%2) cannot hold one</source>
        <translation>benannt wie eine Spalte mit %1, aber ihr Typ (%2) kann keine enthalten</translation>
    </message>
    <message>
        <source>Reading the tables: %1</source>
        <translation>Lesen der Tabellen: %1</translation>
    </message>
    <message>
        <source>%1.%2: the default schema has a table of that name too, so it is in source &quot;%3&quot;.</source>
        <translation>%1.%2: das Standardschema hat ebenfalls eine Tabelle dieses Namens, daher steht sie in der Quelle „%3“.</translation>
    </message>
    <message>
        <source>%1: its foreign key to %2 leads out of its source; not written as a reference.</source>
        <translation>%1: ihr Fremdschlüssel auf %2 führt aus ihrer Quelle hinaus; nicht als Verweis geschrieben.</translation>
    </message>
    <message>
        <source>%1: its columns could not be read.</source>
        <translation>%1: ihre Spalten konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>the table has %n partition(s) (%1), read through it</source>
        <translation>
            <numerusform>die Tabelle hat %n Partition(en) (%1), über sie gelesen</numerusform>
            <numerusform>die Tabelle hat %n Partition(en) (%1), über sie gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the table has %n inheritance child(ren) (%1), read through it</source>
        <translation>
            <numerusform>die Tabelle hat %n erbende Tabelle(n) (%1), über sie gelesen</numerusform>
            <numerusform>die Tabelle hat %n erbende Tabelle(n) (%1), über sie gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>the key of %1, a table of people</source>
        <translation>der Schlüssel von %1, einer Tabelle von Personen</translation>
    </message>
    <message>
        <source>points at %1, a table of people</source>
        <translation>zeigt auf %1, eine Tabelle von Personen</translation>
    </message>
    <message>
        <source>an identifier in %1, a table of people, that leads to no table here: the person&apos;s id in another system</source>
        <translation>ein Bezeichner in %1, einer Tabelle von Personen, der zu keiner Tabelle hier führt: die Kennung der Person in einem anderen System</translation>
    </message>
    <message>
        <source>a key, not %1: it does not identify a person</source>
        <translation>ein Schlüssel, nicht %1: er identifiziert keine Person</translation>
    </message>
    <message>
        <source>%1 is not a table of people</source>
        <translation>%1 ist keine Tabelle von Personen</translation>
    </message>
    <message>
        <source>%1 is a catalogue (no foreign key leads from it to a table of people)</source>
        <translation>%1 ist ein Katalog (kein Fremdschlüssel führt von dort zu einer Tabelle von Personen)</translation>
    </message>
    <message>
        <source>%1 is a catalogue of places (it reaches no table of people and holds no street)</source>
        <translation>%1 ist ein Ortskatalog (erreicht keine Tabelle von Personen und enthält keine Straße)</translation>
    </message>
    <message>
        <source>named like a column holding %1, but it holds whole numbers</source>
        <translation>benannt wie eine Spalte mit %1, enthält aber ganze Zahlen</translation>
    </message>
</context>
<context>
    <name>lethe::SecretResolver</name>
    <message>
        <source>password not read from the keychain: %1</source>
        <translation>Passwort nicht aus dem Schlüsselbund gelesen: %1</translation>
    </message>
    <message>
        <source>%1: the secret of the connection &quot;%2&quot; could not be read from the keychain: %3</source>
        <translation>%1: Der Zugangsschlüssel der Verbindung „%2“ konnte nicht aus dem Schlüsselbund gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: no keychain to read the secret of the connection &quot;%2&quot; from.</source>
        <translation>%1: Kein Schlüsselbund verfügbar, aus dem der Zugangsschlüssel der Verbindung „%2“ gelesen werden kann.</translation>
    </message>
</context>
<context>
    <name>lethe::SortKeys</name>
    <message>
        <source>Reading the request&apos;s subject and assignee</source>
        <translation>Betroffene Person und Bearbeiter der Anfrage werden gelesen</translation>
    </message>
    <message>
        <source>Storing the request&apos;s place in the queue</source>
        <translation>Platz der Anfrage in der Warteschlange wird gespeichert</translation>
    </message>
    <message>
        <source>Checking the stored order of the queue</source>
        <translation>Gespeicherte Reihenfolge der Warteschlange wird geprüft</translation>
    </message>
    <message>
        <source>Checking who may store the queue&apos;s order</source>
        <translation>Es wird geprüft, wer die Reihenfolge der Warteschlange speichern darf</translation>
    </message>
    <message>
        <source>Checking the live queue&apos;s trigger</source>
        <translation>Trigger der Live-Warteschlange wird geprüft</translation>
    </message>
    <message>
        <source>The live queue&apos;s trigger (lethe_queue_notify) was set up before this Lethe stored the queue&apos;s order by subject and assignee, and would announce every key stored as a change to every desk. Ask the workspace&apos;s administrator to run `lethe-cli workspace setup-team --apply` again; until then the queue sorted by subject or assignee is read whole.</source>
        <translation>Der Trigger der Live-Warteschlange (lethe_queue_notify) wurde eingerichtet, bevor dieses Lethe die Reihenfolge der Warteschlange nach betroffener Person und Bearbeiter gespeichert hat, und würde jeden gespeicherten Schlüssel jedem Arbeitsplatz als Änderung ankündigen. Bitten Sie die Administration des Arbeitsbereichs, `lethe-cli workspace setup-team --apply` erneut auszuführen; bis dahin wird die nach betroffener Person oder Bearbeiter sortierte Warteschlange ganz gelesen.</translation>
    </message>
    <message>
        <source>Reading the requests whose place in the queue is not stored</source>
        <translation>Anfragen, deren Platz in der Warteschlange nicht gespeichert ist, werden gelesen</translation>
    </message>
    <message>
        <source>Storing the requests&apos; place in the queue</source>
        <translation>Platz der Anfragen in der Warteschlange wird gespeichert</translation>
    </message>
</context>
<context>
    <name>lethe::SqlConnection</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (needed for %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (benötigt für %2).</translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable table or column name (1-63 characters, no control characters, no leading or trailing spaces).</source>
        <translation>„%1“ ist kein verwendbarer Tabellen- oder Spaltenname (1–63 Zeichen, keine Steuerzeichen, keine Leerzeichen am Anfang oder Ende).</translation>
    </message>
    <message>
        <source>%1: %2 does not exist.</source>
        <translation>%1: %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not sqlite:PATH or ENGINE://USER@HOST:PORT/DATABASE.</source>
        <translation>%1: „%2“ ist weder sqlite:PFAD noch ENGINE://USER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>%1: put the password in the keychain and name it with --password-key, not in the URL.</source>
        <translation>%1: das Passwort gehört in den Schlüsselbund und wird mit --password-key benannt, nicht in die URL.</translation>
    </message>
    <message>
        <source>SQLite has no schemas: table &quot;%1&quot; cannot be in &quot;%2&quot;.</source>
        <translation>SQLite kennt keine Schemas: Tabelle „%1“ kann nicht in „%2“ liegen.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be found.</source>
        <translation>Die Datenbankdatei %1 wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>lethe::StateMachine</name>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 hat bereits den Status %2.</translation>
    </message>
    <message>
        <source>Cannot move %1 from %2 to %3: %2 is final. Open a new request instead.</source>
        <translation>%1 kann nicht von %2 auf %3 gesetzt werden: %2 ist ein Endstatus. Legen Sie stattdessen eine neue Anfrage an.</translation>
    </message>
    <message>
        <source>the subject&apos;s identity must be verified first</source>
        <translation>die Identität der betroffenen Person muss zuerst bestätigt werden</translation>
    </message>
    <message>
        <source>the answer must be approved first (move it to %1)</source>
        <translation>die Antwort muss zuerst freigegeben werden (setzen Sie die Anfrage auf %1)</translation>
    </message>
    <message>
        <source>that step does not follow %1</source>
        <translation>dieser Schritt folgt nicht auf %1</translation>
    </message>
    <message>
        <source>Cannot move %1 from %2 to %3: %4. Allowed from %2: %5.</source>
        <translation>%1 kann nicht von %2 auf %3 gesetzt werden: %4. Von %2 aus zulässig: %5.</translation>
    </message>
    <message>
        <source>Denying %1 needs a reason: the subject must be told why.</source>
        <translation>Die Ablehnung von %1 muss begründet werden: Die betroffene Person muss die Gründe erfahren.</translation>
    </message>
    <message>
        <source>the request goes back to %1, where it was when the subject was asked</source>
        <translation>der Antrag kehrt zu %1 zurück, wo er war, als die betroffene Person gefragt wurde</translation>
    </message>
    <message>
        <source>%1: a reason or description is longer than %2 characters.</source>
        <translation>%1: ein Grund oder eine Beschreibung ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>Denying %1 needs a reason code: one of %2.</source>
        <translation>Um %1 abzulehnen, ist ein Ablehnungsgrund nötig: einer von %2.</translation>
    </message>
    <message>
        <source>Denying %1 under an exemption needs the exemption&apos;s name (such as &quot;GDPR Art. 17(3)(b)&quot; or &quot;Civ. Code 1798.105(d)(8)&quot;).</source>
        <translation>Um %1 wegen einer Ausnahme abzulehnen, ist deren Bezeichnung nötig (etwa „GDPR Art. 17(3)(b)“ oder „Civ. Code 1798.105(d)(8)“).</translation>
    </message>
    <message>
        <source>%1: a reason code goes with %2 only.</source>
        <translation>%1: ein Ablehnungsgrund gehört nur zu %2.</translation>
    </message>
    <message>
        <source>%1: an exemption is named only with the reason code %2.</source>
        <translation>%1: eine Ausnahme wird nur mit dem Ablehnungsgrund %2 genannt.</translation>
    </message>
    <message>
        <source>%1: an exemption is named only when denying; for an answer in part, say why in the reason for what was withheld.</source>
        <translation>%1: eine Ausnahme wird nur beim Ablehnen genannt; bei einer Teilantwort steht das Warum im Grund für das Zurückgehaltene.</translation>
    </message>
    <message>
        <source>%1: what was withheld is recorded when completing in part only.</source>
        <translation>%1: was zurückgehalten wurde, wird nur beim teilweisen Erledigen erfasst.</translation>
    </message>
    <message>
        <source>Completing %1 in part needs the reason the rest was withheld.</source>
        <translation>Um %1 teilweise zu erledigen, ist der Grund nötig, warum der Rest zurückgehalten wurde.</translation>
    </message>
    <message>
        <source>Completing %1 in part needs what was withheld.</source>
        <translation>Um %1 teilweise zu erledigen, ist nötig, was zurückgehalten wurde.</translation>
    </message>
    <message>
        <source>a %1 %2 request need not be verified (11 CCR %3), so it has no identity stop; to ask only for what is needed to act on it (such as which account), use %4, which does not stop the clock</source>
        <translation>ein %1-Antrag der Art %2 muss nicht überprüft werden (11 CCR %3) und hat daher keinen Halt für die Identität; um nur zu erfragen, was zur Bearbeitung nötig ist (etwa welches Konto), %4 verwenden, was die Frist nicht anhält</translation>
    </message>
    <message>
        <source>it must be moved to %1 first</source>
        <translation>der Antrag muss zuerst auf %1 gesetzt werden</translation>
    </message>
    <message>
        <source>%1: a %2 %3 request need not be a verifiable request (11 CCR %4), so it cannot be denied as %5. If you have a good-faith, reasonable and documented belief that it is fraudulent, deny it with the code %6 and tell the requester why (11 CCR %7).</source>
        <translation>%1: ein %2-Antrag der Art %3 muss kein überprüfbarer Antrag sein (11 CCR %4) und kann daher nicht als %5 abgelehnt werden. Wenn Sie in gutem Glauben, begründet und dokumentiert annehmen, dass er betrügerisch ist, lehnen Sie ihn mit dem Grund %6 ab und teilen der antragstellenden Person mit, warum (11 CCR %7).</translation>
    </message>
    <message>
        <source>%1: the reason code %2 is for %3 opt-out and limit-sensitive requests only (11 CCR 7026(e), 7027(f)); for this request use one of %4.</source>
        <translation>%1: der Ablehnungsgrund %2 gilt nur für %3-Anträge der Arten opt-out und limit-sensitive (11 CCR 7026(e), 7027(f)); für diesen Antrag einen von %4 verwenden.</translation>
    </message>
</context>
<context>
    <name>lethe::StoredValue</name>
    <message>
        <source>larger than %1 MiB; ask the database&apos;s owner for a copy of this value</source>
        <translation>größer als %1 MiB; fragen Sie den Betreiber der Datenbank nach einer Kopie dieses Werts</translation>
    </message>
    <message numerus="yes">
        <source>base64 %1 (%n byte(s))</source>
        <translation>
            <numerusform>base64 %1 (%n Byte)</numerusform>
            <numerusform>base64 %1 (%n Bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) withheld: %1)</source>
        <translation>
            <numerusform>(%n Byte zurückgehalten: %1)</numerusform>
            <numerusform>(%n Bytes zurückgehalten: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
</context>
<context>
    <name>lethe::TeamSetup</name>
    <message>
        <source>Role prefix &quot;%1&quot; is not usable: use lower-case letters, digits and &apos;_&apos;, starting with a letter, at most 40 characters.</source>
        <translation>Das Rollenpräfix „%1“ ist nicht verwendbar: Kleinbuchstaben, Ziffern und &apos;_&apos; verwenden, mit einem Buchstaben beginnen, höchstens 40 Zeichen.</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot; is not usable: use letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; and &apos;@&apos;, at most 63 bytes.</source>
        <translation>Die Anmeldung „%1“ ist nicht verwendbar: Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; und &apos;@&apos; verwenden, höchstens 63 Bytes.</translation>
    </message>
    <message>
        <source>Login %1: role &quot;%2&quot; is none of officer, support and reviewer.</source>
        <translation>Anmeldung %1: Die Rolle „%2“ ist weder officer noch support noch reviewer.</translation>
    </message>
    <message>
        <source>The group role of every %1 (no login of its own); a person&apos;s login is made a member.</source>
        <translation>Die Gruppenrolle aller mit der Rolle %1 (ohne eigene Anmeldung); die Anmeldung einer Person wird Mitglied.</translation>
    </message>
    <message>
        <source>The login of %1, created if missing. Give it a password (\password in psql) or use certificate or peer authentication; each person keeps their password in their own keychain.</source>
        <translation>Die Anmeldung von %1, angelegt, falls sie fehlt. Geben Sie ihr ein Passwort (\password in psql) oder nutzen Sie Zertifikats- oder Peer-Authentifizierung; jede Person bewahrt ihr Passwort im eigenen Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>%1 is no longer in another group.</source>
        <translation>%1 ist in keiner anderen Gruppe mehr.</translation>
    </message>
    <message>
        <source>%1 works as %2.</source>
        <translation>%1 arbeitet als %2.</translation>
    </message>
    <message>
        <source>Nothing in the workspace is open to logins outside the team.</source>
        <translation>Nichts im Arbeitsbereich ist für Anmeldungen außerhalb des Teams offen.</translation>
    </message>
    <message>
        <source>Start from no rights, so that running this again takes back what was given before.</source>
        <translation>Ohne Rechte beginnen, damit ein erneuter Lauf zurücknimmt, was vorher gewährt war.</translation>
    </message>
    <message>
        <source>Every team member reads the whole workspace.</source>
        <translation>Alle im Team lesen den ganzen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Only officers plan, approve and run erasures.</source>
        <translation>Nur Datenschutzbeauftragte planen, genehmigen und führen Löschungen aus.</translation>
    </message>
    <message>
        <source>Only officers change settings, and nobody writes the audit head or the team settings directly: row-level security keeps keys starting with audit. and team. for lethe_audit_append and this script.</source>
        <translation>Nur Datenschutzbeauftragte ändern Einstellungen, und niemand schreibt den Audit-Kopf oder die Team-Einstellungen direkt: Zeilensicherheit behält Schlüssel, die mit audit. und team. beginnen, lethe_audit_append und diesem Skript vor.</translation>
    </message>
    <message>
        <source>The audit log is appended only through this function: it stamps the database&apos;s session_user and the server&apos;s clock, serialises appends from every desk and links each event to the one before. It runs with the rights of the audit log&apos;s owner.</source>
        <translation>Das Audit-Protokoll wird nur über diese Funktion ergänzt: Sie stempelt den session_user der Datenbank und die Uhr des Servers, reiht Einträge von allen Arbeitsplätzen nacheinander ein und verkettet jedes Ereignis mit dem vorigen. Sie läuft mit den Rechten der Eigentümerin des Audit-Protokolls.</translation>
    </message>
    <message>
        <source>The function belongs to the owner of the audit log, and only the team may call it.</source>
        <translation>Die Funktion gehört der Eigentümerin des Audit-Protokolls, und nur das Team darf sie aufrufen.</translation>
    </message>
    <message>
        <source>No login, not even the audit log&apos;s owner, updates, deletes or truncates events.</source>
        <translation>Keine Anmeldung, auch nicht die Eigentümerin des Audit-Protokolls, ändert, löscht oder leert Ereignisse.</translation>
    </message>
    <message>
        <source>Four eyes, kept by the server: a plan, an approval and a start are recorded under the login that made them; the approver never approves their own plan and never runs, resumes or changes the run after.</source>
        <translation>Vier Augen, vom Server gewahrt: Ein Plan, eine Genehmigung und ein Start werden unter der Anmeldung festgehalten, die sie vorgenommen hat; wer genehmigt, genehmigt nie den eigenen Plan und führt den Lauf danach nie aus, setzt ihn nie fort und ändert ihn nie.</translation>
    </message>
    <message>
        <source>Only one erasure runs per request at a time.</source>
        <translation>Je Anfrage läuft höchstens eine Löschung gleichzeitig.</translation>
    </message>
    <message>
        <source>The workspace&apos;s map of logins to Lethe roles, which Lethe shows and checks too; only this script changes it in a team workspace.</source>
        <translation>Die Zuordnung von Anmeldungen zu Lethe-Rollen im Arbeitsbereich, die Lethe auch anzeigt und prüft; in einem Team-Arbeitsbereich ändert sie nur dieses Skript.</translation>
    </message>
    <message>
        <source>The workspace is now a team workspace: Lethe records the signed-in login as who acted and appends to the audit log through the server.</source>
        <translation>Der Arbeitsbereich ist jetzt ein Team-Arbeitsbereich: Lethe hält die angemeldete Person als Handelnde fest und ergänzt das Audit-Protokoll über den Server.</translation>
    </message>
    <message>
        <source>A team workspace needs PostgreSQL: each person signs in with their own database login. This workspace is on %1.</source>
        <translation>Ein Team-Arbeitsbereich braucht PostgreSQL: Jede Person meldet sich mit ihrer eigenen Datenbank-Anmeldung an. Dieser Arbeitsbereich liegt auf %1.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Statement %1 of %2 (%3) failed, nothing was changed: %4</source>
        <translation>Anweisung %1 von %2 (%3) ist fehlgeschlagen, nichts wurde geändert: %4</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Festschreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>Reading the team settings: %1</source>
        <translation>Die Team-Einstellungen lesen: %1</translation>
    </message>
    <message>
        <source>Each person registers their own officer key (the public half of the minisign key in their keychain) through this function, never another login&apos;s; the registration is appended to the audit log. Nobody writes officer_keys directly.</source>
        <translation>Jede Person registriert über diese Funktion ihren eigenen Beauftragtenschlüssel (die öffentliche Hälfte des minisign-Schlüssels in ihrem Schlüsselbund), nie den eines anderen Logins; die Registrierung wird an das Audit-Protokoll angehängt. Niemand schreibt officer_keys direkt.</translation>
    </message>
    <message>
        <source>After each event a person writes, Lethe signs the audit head (the event&apos;s number and hash) with their officer key; this function stores the signature only for the current head, of an event that login wrote, with the key registered for it. audit verify checks the signature.</source>
        <translation>Nach jedem Ereignis, das eine Person schreibt, signiert Lethe den Audit-Kopf (Nummer und Hash des Ereignisses) mit ihrem Beauftragtenschlüssel; diese Funktion speichert die Signatur nur für den aktuellen Kopf, für ein Ereignis dieses Logins und mit dem für ihn registrierten Schlüssel. audit verify prüft die Signatur.</translation>
    </message>
    <message>
        <source>Both functions belong to the owner of the audit log, and only the team may call them.</source>
        <translation>Beide Funktionen gehören dem Eigentümer des Audit-Protokolls, und nur das Team darf sie aufrufen.</translation>
    </message>
    <message>
        <source>No login, not even the owner of the table, changes or removes a signed audit head.</source>
        <translation>Kein Login, nicht einmal der Eigentümer der Tabelle, ändert oder entfernt einen signierten Audit-Kopf.</translation>
    </message>
    <message>
        <source>Support and officers work on requests: intake, identities, notes, clock stops, manual tasks. Their UPDATE on requests includes due_key and due_digest, each request&apos;s place in the urgency order, which Lethe stores with every change and again after the calendars or deadline settings change; reviewers cannot, and their queue is read whole to sort it until one of them has.</source>
        <translation>Support und Datenschutzbeauftragte bearbeiten Anfragen: Eingang, Identitäten, Notizen, Fristunterbrechungen, manuelle Aufgaben. Ihr UPDATE auf requests umfasst due_key und due_digest, den Platz jeder Anfrage in der Dringlichkeitsreihenfolge, den Lethe mit jeder Änderung speichert und erneut, wenn sich die Kalender oder die Fristeinstellungen ändern; Prüfer können das nicht, und ihre Anfragenliste wird zum Sortieren ganz gelesen, bis einer von jenen es getan hat.</translation>
    </message>
    <message>
        <source>Every desk&apos;s queue updates live: each change of a request is announced on the channel lethe_queue with the request&apos;s number (never its content), and Lethe reloads that row. Storing a request&apos;s place in the urgency order again (due_key and due_digest alone, after the calendars or the deadline settings changed), or its place by subject and assignee (subject_key and assignee_key alone), is no change of the request and is not announced: a million of them would flood every desk.</source>
        <translation>Die Warteschlange jedes Arbeitsplatzes aktualisiert sich laufend: Jede Änderung einer Anfrage wird auf dem Kanal lethe_queue mit der Nummer der Anfrage angekündigt (nie mit ihrem Inhalt), und Lethe lädt diese Zeile neu. Das erneute Speichern des Platzes einer Anfrage in der Dringlichkeitsreihenfolge (nur due_key und due_digest, nachdem sich die Kalender oder die Fristeinstellungen geändert haben) oder ihres Platzes nach betroffener Person und Bearbeiter (nur subject_key und assignee_key) ist keine Änderung der Anfrage und wird nicht angekündigt: Eine Million davon würde jeden Arbeitsplatz überfluten.</translation>
    </message>
    <message>
        <source>An index of the ones below whose build was interrupted before is invalid (no query uses it): it is dropped, so that the next statements build it again.</source>
        <translation>Ein Index der folgenden, dessen Aufbau früher unterbrochen wurde, ist ungültig (keine Abfrage nutzt ihn): Er wird entfernt, damit die nächsten Anweisungen ihn neu aufbauen.</translation>
    </message>
    <message>
        <source>Fresh statistics, so that the planner knows the new indexes&apos; tables.</source>
        <translation>Frische Statistiken, damit der Planer die Tabellen der neuen Indizes kennt.</translation>
    </message>
    <message>
        <source>The queue&apos;s free-text search of one or two characters (a trigram index has nothing to look up in so short a text): this function lists a text&apos;s substrings of one and two characters, and the indexes below keep them for each text searched. Search stays exact: the indexes only find the candidates. Needs no extension.</source>
        <translation>Die Freitextsuche der Warteschlange nach einem oder zwei Zeichen (ein Trigramm-Index findet in so kurzem Text nichts zum Nachschlagen): Diese Funktion listet die Teilzeichenketten eines Textes aus einem und zwei Zeichen, und die folgenden Indizes halten sie für jeden durchsuchten Text. Die Suche bleibt exakt: Die Indizes finden nur die Kandidaten. Keine Erweiterung nötig.</translation>
    </message>
    <message>
        <source>The short substrings of %1, for a search of one or two characters. Built without making anyone&apos;s writes wait; on a million requests the four took minutes, and each request written later takes a little longer.</source>
        <translation>Die kurzen Teilzeichenketten von %1, für eine Suche nach einem oder zwei Zeichen. Aufgebaut, ohne dass jemandes Schreibzugriffe warten; bei einer Million Anfragen dauerten die vier Minuten, und jede später geschriebene Anfrage dauert etwas länger.</translation>
    </message>
    <message>
        <source>The queue&apos;s free-text search through indexes needs the extension pg_trgm (shipped with PostgreSQL; trusted, so a login that may create objects in the database adds it, no superuser needed). Where it is not installed or may not be created, a warning says so and search works without its indexes, more slowly.</source>
        <translation>Die Freitextsuche der Warteschlange über Indizes braucht die Erweiterung pg_trgm (mit PostgreSQL ausgeliefert; vertrauenswürdig, also fügt ein Login sie hinzu, der in der Datenbank Objekte anlegen darf, kein Superuser nötig). Wo sie nicht installiert ist oder nicht angelegt werden darf, sagt eine Warnung das, und die Suche funktioniert ohne ihre Indizes, langsamer.</translation>
    </message>
    <message>
        <source>Trigram indexes on the texts searched (request number, assignee, subject&apos;s name, identities), built without making anyone&apos;s writes wait, where the extension is there. Search stays exact: the indexes only find the candidates (a text of one or two characters has its own, below).</source>
        <translation>Trigramm-Indizes auf den durchsuchten Texten (Anfragenummer, Bearbeiter, Name der betroffenen Person, Identitäten), aufgebaut, ohne dass jemandes Schreibzugriffe warten, wo die Erweiterung vorhanden ist. Die Suche bleibt exakt: Die Indizes finden nur die Kandidaten (ein Text aus einem oder zwei Zeichen hat eigene, unten).</translation>
    </message>
    <message>
        <source>Requests by subject, for the search by a subject&apos;s name or identity.</source>
        <translation>Anfragen nach betroffener Person, für die Suche nach deren Namen oder Identität.</translation>
    </message>
    <message>
        <source>After the transaction, each statement on its own: CREATE INDEX CONCURRENTLY cannot run in a transaction block, and does not make anyone&apos;s writes wait. Lines ending in \gexec are psql&apos;s: the query lists the statements to run. Run the script with psql -v ON_ERROR_STOP=1, so that nothing runs after a failure.</source>
        <translation>Nach der Transaktion, jede Anweisung für sich: CREATE INDEX CONCURRENTLY kann nicht in einem Transaktionsblock laufen und lässt niemandes Schreibzugriffe warten. Zeilen, die auf \gexec enden, sind psql-Befehle: Die Abfrage listet die auszuführenden Anweisungen. Führen Sie das Skript mit psql -v ON_ERROR_STOP=1 aus, damit nach einem Fehler nichts mehr läuft.</translation>
    </message>
    <message>
        <source>A team workspace needs PostgreSQL. This workspace is on %1.</source>
        <translation>Ein Team-Arbeitsbereich braucht PostgreSQL. Dieser Arbeitsbereich liegt auf %1.</translation>
    </message>
    <message>
        <source>Building the search&apos;s indexes stopped at step %1 of %2 (%3): %4. The team setup itself is in place; the indexes built before stay, and running setup-team --apply again builds the rest.</source>
        <translation>Der Aufbau der Suchindizes hielt bei Schritt %1 von %2 an (%3): %4. Die Team-Einrichtung selbst steht; die vorher aufgebauten Indizes bleiben, und setup-team --apply baut erneut den Rest auf.</translation>
    </message>
    <message>
        <source>Reading what the index build waits for: %1</source>
        <translation>Lesen, worauf der Indexaufbau wartet: %1</translation>
    </message>
</context>
<context>
    <name>lethe::Templates</name>
    <message>
        <source>the %1 contains &quot;%2&quot;, which a processor&apos;s search would read as a pattern; look up an exact %1 instead.</source>
        <translation>die Angabe %1 enthält &quot;%2&quot;, was die Suche eines Auftragsverarbeiters als Muster lesen würde; suchen Sie stattdessen nach einer exakten Angabe %1.</translation>
    </message>
</context>
<context>
    <name>lethe::TransitionDialog</name>
    <message>
        <source>Change status of %1</source>
        <translation>Status von %1 ändern</translation>
    </message>
    <message>
        <source>Required to deny; told to the subject</source>
        <translation>Für eine Ablehnung erforderlich; wird der betroffenen Person mitgeteilt</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Aktuell:</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Neuer Status:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>The deadline clock stops until the identity is verified (not for CCPA requests).</source>
        <translation>Die Frist wird angehalten, bis die Identität bestätigt ist (nicht bei CCPA-Anfragen).</translation>
    </message>
    <message>
        <source>This status is final: the request cannot be reopened.</source>
        <translation>Dies ist ein Endstatus: Die Anfrage kann nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 is final; no further status is possible.</source>
        <translation>%1 ist abgeschlossen; kein weiterer Status möglich.</translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>Which exemption, e.g. GDPR Art. 17(3)(b) or Civ. Code 1798.105(d)(8)</source>
        <translation>Welche Ausnahme, z. B. DSGVO Art. 17 Abs. 3 lit. b oder Civ. Code 1798.105(d)(8)</translation>
    </message>
    <message>
        <source>Empty if answered in full</source>
        <translation>Leer bei vollständiger Antwort</translation>
    </message>
    <message>
        <source>E.g. it would reveal data about another person</source>
        <translation>Z. B. es würde Daten einer anderen Person offenlegen</translation>
    </message>
    <message>
        <source>Reason &amp;code:</source>
        <translation>Ablehnungs&amp;grund:</translation>
    </message>
    <message>
        <source>E&amp;xemption:</source>
        <translation>A&amp;usnahme:</translation>
    </message>
    <message>
        <source>&amp;Withheld:</source>
        <translation>&amp;Zurückgehalten:</translation>
    </message>
    <message>
        <source>Withheld &amp;because:</source>
        <translation>Zurückgehalten, &amp;weil:</translation>
    </message>
    <message>
        <source>Ask the subject what the request covers. GDPR: the clock stops until the answer; UK GDPR: the period begins again with the answer; CCPA: the clock does not stop.</source>
        <translation>Die betroffene Person fragen, worauf sich der Antrag bezieht. DSGVO: die Frist ruht bis zur Antwort; UK GDPR: die Frist beginnt mit der Antwort neu; CCPA: die Frist läuft weiter.</translation>
    </message>
</context>
<context>
    <name>lethe::Traversal</name>
    <message>
        <source>identities: at least one email, phone or user id is needed.</source>
        <translation>identities: Mindestens eine E-Mail-Adresse, Telefonnummer oder Benutzer-ID ist nötig.</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Die Suche wurde abgebrochen.</translation>
    </message>
    <message>
        <source>no field holds an identity, and no reference or foreign key leads here from a table that has one</source>
        <translation>kein Feld enthält eine Identität, und kein Verweis oder Fremdschlüssel führt von einer Tabelle mit Identität hierher</translation>
    </message>
    <message>
        <source>%1.%2 is of type %3, which cannot hold %4; correct the identity the map gives this field.</source>
        <translation>%1.%2 hat den Typ %3, der keine %4 enthalten kann; korrigieren Sie die Identität, die die Karte diesem Feld gibt.</translation>
    </message>
</context>
<context>
    <name>lethe::ValidatedDialog</name>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
</context>
<context>
    <name>lethe::Validation</name>
    <message>
        <source>email: &quot;%1&quot; is not an email address (expected name@domain.tld).</source>
        <translation>email: „%1“ ist keine E-Mail-Adresse (erwartet: name@domain.tld).</translation>
    </message>
    <message>
        <source>user-id: &quot;%1&quot; must be non-empty and contain no spaces.</source>
        <translation>user-id: „%1“ darf nicht leer sein und keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1: value is longer than 320 characters.</source>
        <translation>%1: Der Wert ist länger als 320 Zeichen.</translation>
    </message>
    <message>
        <source>identity: &quot;%1&quot; must be KIND:VALUE with KIND one of %2.</source>
        <translation>identity: „%1“ muss die Form KIND:VALUE haben, mit KIND aus %2.</translation>
    </message>
    <message>
        <source>identity: unknown kind &quot;%1&quot; (expected one of %2).</source>
        <translation>identity: unbekannte Art „%1“ (zulässig: %2).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (expected YYYY-MM-DD).</source>
        <translation>%1: „%2“ ist kein Datum (erwartet: YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>received: a date is required.</source>
        <translation>received: Ein Datum ist erforderlich.</translation>
    </message>
    <message>
        <source>received: %1 is in the future (today is %2).</source>
        <translation>received: %1 liegt in der Zukunft (heute ist der %2).</translation>
    </message>
    <message>
        <source>received: %1 is before 2000.</source>
        <translation>received: %1 liegt vor dem Jahr 2000.</translation>
    </message>
    <message>
        <source>product: &quot;%1&quot; must be 1-64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>product: „%1“ muss aus 1–64 Buchstaben, Ziffern, Leerzeichen, Punkten, Bindestrichen oder Unterstrichen bestehen.</translation>
    </message>
    <message>
        <source>assignee: longer than 100 characters.</source>
        <translation>assignee: länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>identities: at least one email, phone or user id is needed to find the subject.</source>
        <translation>identities: Mindestens eine E-Mail-Adresse, Telefonnummer oder Benutzer-ID ist nötig, um die betroffene Person zu finden.</translation>
    </message>
    <message>
        <source>subject name: longer than 200 characters.</source>
        <translation>subject name: länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains &quot;%3&quot;, which a search would read as a wildcard; give the exact %1.</source>
        <translation>%1: &quot;%2&quot; enthält &quot;%3&quot;, was eine Suche als Platzhalter lesen würde; geben Sie die exakte Angabe %1 an.</translation>
    </message>
    <message>
        <source>type: %1 has no %2 request; its types are: %3.</source>
        <translation>type: %1 kennt keinen Antrag %2; seine Arten sind: %3.</translation>
    </message>
    <message>
        <source>fee: &quot;%1&quot; is not an amount above zero such as 25 or 12.50.</source>
        <translation>fee: „%1“ ist kein Betrag über null wie 25 oder 12.50.</translation>
    </message>
    <message>
        <source>fee: &quot;%1&quot; is not a three-letter currency code such as EUR, GBP or USD.</source>
        <translation>fee: „%1“ ist kein dreibuchstabiger Währungscode wie EUR, GBP oder USD.</translation>
    </message>
    <message>
        <source>fee: a fee for further copies is for access requests under the GDPR or UK GDPR (Art. 15(3)); for this request only %1 applies.</source>
        <translation>fee: ein Entgelt für weitere Kopien gibt es nur bei Auskunftsanträgen nach DSGVO oder UK GDPR (Art. 15 Abs. 3); für diesen Antrag gilt nur %1.</translation>
    </message>
</context>
<context>
    <name>lethe::WorkspaceKeys</name>
    <message>
        <source>No keychain to read %1 from.</source>
        <translation>Kein Schlüsselbund verfügbar, aus dem %1 gelesen werden kann.</translation>
    </message>
    <message>
        <source>%1 could not be read from the keychain: %2</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be stored in the keychain: %2</source>
        <translation>%1 konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The keychain entry %1 is damaged: it is not a 32-byte key in hex.</source>
        <translation>Der Schlüsselbund-Eintrag %1 ist beschädigt: er ist kein 32-Byte-Schlüssel in Hex.</translation>
    </message>
</context>
<context>
    <name>lethe::WorkspaceMaps</name>
    <message>
        <source>%1: the data map has problems; fix them first.</source>
        <translation>%1: Die Datenlandkarte hat Fehler; beheben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>%1 holds no data maps.</source>
        <translation>%1 enthält keine Datenlandkarten.</translation>
    </message>
</context>
<context>
    <name>lethe::WorkspaceOpener</name>
    <message>
        <source>Workspace %1: cannot read its database password from the keychain: %2</source>
        <translation>Arbeitsbereich %1: Das Datenbankpasswort kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>No keychain to read the database password from.</source>
        <translation>Kein Schlüsselbund, aus dem das Datenbankpasswort gelesen werden kann.</translation>
    </message>
</context>
<context>
    <name>lethe::WorkspaceStore</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>Die Änderung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Numbering the request</source>
        <translation>Nummerieren der Anfrage</translation>
    </message>
    <message>
        <source>Saving the subject</source>
        <translation>Speichern der betroffenen Person</translation>
    </message>
    <message>
        <source>Saving an identity</source>
        <translation>Speichern einer Identität</translation>
    </message>
    <message>
        <source>Saving the request</source>
        <translation>Speichern der Anfrage</translation>
    </message>
    <message>
        <source>Saving the products in scope</source>
        <translation>Speichern der einbezogenen Produkte</translation>
    </message>
    <message>
        <source>Request %1 of %2: %3</source>
        <translation>Anfrage %1 von %2: %3</translation>
    </message>
    <message>
        <source>Reading request %1</source>
        <translation>Lesen der Anfrage %1</translation>
    </message>
    <message>
        <source>There is no request %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Anfrage %1.</translation>
    </message>
    <message>
        <source>Request %1 has an unknown type, regulation or status in the database (&quot;%2&quot;, &quot;%3&quot;, &quot;%4&quot;).</source>
        <translation>Anfrage %1 hat in der Datenbank einen unbekannten Typ, ein unbekanntes Regelwerk oder einen unbekannten Status („%2“, „%3“, „%4“).</translation>
    </message>
    <message>
        <source>Reading identities</source>
        <translation>Lesen der Identitäten</translation>
    </message>
    <message>
        <source>Reading products</source>
        <translation>Lesen der Produkte</translation>
    </message>
    <message>
        <source>Reading clock stops</source>
        <translation>Lesen der Fristunterbrechungen</translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation>Lesen der Notizen</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed; add a note instead.</source>
        <translation>%1 hat den Status %2 und kann nicht mehr geändert werden; fügen Sie stattdessen eine Notiz hinzu.</translation>
    </message>
    <message>
        <source>identity: %1 has no %2 &quot;%3&quot; to remove.</source>
        <translation>identity: %1 hat keine Identität %2 „%3“, die entfernt werden könnte.</translation>
    </message>
    <message>
        <source>identities: %1 would be left without any identity; add one before removing the last.</source>
        <translation>identities: %1 hätte dann keine Identität mehr; fügen Sie eine hinzu, bevor Sie die letzte entfernen.</translation>
    </message>
    <message>
        <source>Updating the type</source>
        <translation>Ändern des Typs</translation>
    </message>
    <message>
        <source>Updating the regulation</source>
        <translation>Ändern des Regelwerks</translation>
    </message>
    <message>
        <source>Updating the received date</source>
        <translation>Ändern des Eingangsdatums</translation>
    </message>
    <message>
        <source>Updating the assignee</source>
        <translation>Ändern der Zuständigkeit</translation>
    </message>
    <message>
        <source>Updating the subject&apos;s name</source>
        <translation>Ändern des Namens der betroffenen Person</translation>
    </message>
    <message>
        <source>Updating the products</source>
        <translation>Ändern der Produkte</translation>
    </message>
    <message>
        <source>Adding an identity</source>
        <translation>Hinzufügen einer Identität</translation>
    </message>
    <message>
        <source>Removing an identity</source>
        <translation>Entfernen einer Identität</translation>
    </message>
    <message>
        <source>Updating the request</source>
        <translation>Aktualisieren der Anfrage</translation>
    </message>
    <message>
        <source>Changing the status</source>
        <translation>Ändern des Status</translation>
    </message>
    <message>
        <source>Stopping the clock</source>
        <translation>Anhalten der Frist</translation>
    </message>
    <message>
        <source>Restarting the clock</source>
        <translation>Fortsetzen der Frist</translation>
    </message>
    <message>
        <source>%1 is %2; only open requests can be extended.</source>
        <translation>%1 hat den Status %2; nur bei offenen Anfragen kann die Frist verlängert werden.</translation>
    </message>
    <message>
        <source>%1 was already extended once (&quot;%2&quot;); the law allows one extension.</source>
        <translation>Die Frist für %1 wurde bereits einmal verlängert („%2“); das Gesetz erlaubt nur eine Fristverlängerung.</translation>
    </message>
    <message>
        <source>reason: an extension needs a reason; the subject must be told why.</source>
        <translation>reason: Eine Fristverlängerung muss begründet werden; die betroffene Person muss die Gründe erfahren.</translation>
    </message>
    <message>
        <source>%1 was due on %2: an extension must be notified within the first period.</source>
        <translation>%1 war am %2 fällig: Eine Fristverlängerung muss innerhalb der ursprünglichen Frist mitgeteilt werden.</translation>
    </message>
    <message>
        <source>Extending the request</source>
        <translation>Verlängern der Frist</translation>
    </message>
    <message>
        <source>note: the note is empty.</source>
        <translation>note: Die Notiz ist leer.</translation>
    </message>
    <message>
        <source>note: longer than 20,000 characters (%1).</source>
        <translation>note: länger als 20.000 Zeichen (%1).</translation>
    </message>
    <message>
        <source>Saving the note</source>
        <translation>Speichern der Notiz</translation>
    </message>
    <message>
        <source>Counting requests</source>
        <translation>Zählen der Anfragen</translation>
    </message>
    <message>
        <source>Reading setting %1</source>
        <translation>Lesen der Einstellung %1</translation>
    </message>
    <message>
        <source>setting: %1 is kept by the audit log itself.</source>
        <translation>setting: %1 wird vom Prüfprotokoll selbst verwaltet.</translation>
    </message>
    <message>
        <source>Saving setting %1</source>
        <translation>Speichern der Einstellung %1</translation>
    </message>
    <message>
        <source>Reading the manual tasks of %1</source>
        <translation>Lesen der manuellen Aufgaben von %1</translation>
    </message>
    <message>
        <source>manual task: a task needs a processor and instructions (system %1).</source>
        <translation>manuelle Aufgabe: Eine Aufgabe braucht einen Auftragsverarbeiter und Anweisungen (System %1).</translation>
    </message>
    <message>
        <source>Saving a manual task</source>
        <translation>Speichern einer manuellen Aufgabe</translation>
    </message>
    <message>
        <source>task %1: completing it needs a note or an evidence file.</source>
        <translation>Aufgabe %1: Zum Erledigen ist eine Notiz oder eine Nachweisdatei nötig.</translation>
    </message>
    <message>
        <source>task %1: the note is longer than 20,000 characters.</source>
        <translation>Aufgabe %1: Die Notiz ist länger als 20.000 Zeichen.</translation>
    </message>
    <message>
        <source>task %1: request %2 has no such task.</source>
        <translation>Aufgabe %1: Anfrage %2 hat keine solche Aufgabe.</translation>
    </message>
    <message>
        <source>task %1: already completed by %2 on %3.</source>
        <translation>Aufgabe %1: bereits erledigt von %2 am %3.</translation>
    </message>
    <message>
        <source>Completing task %1</source>
        <translation>Erledigen der Aufgabe %1</translation>
    </message>
    <message>
        <source>task %1 vanished while it was completed.</source>
        <translation>Aufgabe %1 ist beim Erledigen verschwunden.</translation>
    </message>
    <message>
        <source>phone region: &quot;%1&quot; is not a country code with a numbering plan (such as DE, GB or US).</source>
        <translation>Telefonregion: „%1“ ist kein Ländercode mit Nummernplan (wie DE, GB oder US).</translation>
    </message>
    <message>
        <source>established in: %1</source>
        <translation>Niederlassung: %1</translation>
    </message>
    <message>
        <source>Updating the calendar</source>
        <translation>Kalender ändern</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 request: the law gives no extension for it (15 business days, 11 CCR 7026(f), 7027(g)).</source>
        <translation>%1 ist ein Antrag %3 nach %2: das Gesetz sieht dafür keine Verlängerung vor (15 Werktage, 11 CCR 7026(f), 7027(g)).</translation>
    </message>
    <message>
        <source>Recording the fee</source>
        <translation>Gebühr erfassen</translation>
    </message>
    <message>
        <source>Reading the deadline settings</source>
        <translation>Fristeinstellungen lesen</translation>
    </message>
    <message>
        <source>established in: &quot;%1&quot; is not a known calendar; known: %2.</source>
        <translation>Niederlassung: „%1“ ist kein bekannter Kalender; bekannt sind: %2.</translation>
    </message>
    <message>
        <source>%1 is %2, and a %3 %4 request need not be verified; move it on (to %5, %6 or %7) before changing its type or law.</source>
        <translation>%1 ist %2, und ein %3-Antrag der Art %4 muss nicht überprüft werden; setzen Sie ihn zuerst weiter (auf %5, %6 oder %7), bevor Sie Art oder Gesetz ändern.</translation>
    </message>
    <message>
        <source>Finding the next request</source>
        <translation>Die nächste Anfrage suchen</translation>
    </message>
    <message>
        <source>Taking %1</source>
        <translation>%1 übernehmen</translation>
    </message>
    <message>
        <source>%1 was taken by someone else meanwhile; take the next one again.</source>
        <translation>%1 wurde inzwischen von jemand anderem übernommen; nehmen Sie erneut die nächste.</translation>
    </message>
    <message>
        <source>to: a name of 1 to 120 characters is needed.</source>
        <translation>to: Ein Name mit 1 bis 120 Zeichen ist nötig.</translation>
    </message>
    <message>
        <source>reason: say why the request is escalated; it is kept as a note.</source>
        <translation>reason: Sagen Sie, warum die Anfrage eskaliert wird; der Grund wird als Notiz festgehalten.</translation>
    </message>
    <message>
        <source>reason: say why the request is handed on; it is kept as a note.</source>
        <translation>reason: Sagen Sie, warum die Anfrage weitergegeben wird; der Grund wird als Notiz festgehalten.</translation>
    </message>
    <message>
        <source>reason: longer than 20,000 characters (%1).</source>
        <translation>reason: länger als 20.000 Zeichen (%1).</translation>
    </message>
    <message>
        <source>%1 is %2 and is no longer handed on.</source>
        <translation>%1 ist %2 und wird nicht mehr weitergegeben.</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2.</source>
        <translation>%1 ist bereits %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>%1 was assigned to someone else meanwhile; nothing was changed. Reload it and try again.</source>
        <translation>%1 wurde inzwischen jemand anderem zugewiesen; nichts wurde geändert. Laden Sie sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Saving the reason</source>
        <translation>Den Grund speichern</translation>
    </message>
    <message>
        <source>Reading who is signed in</source>
        <translation>Lesen, wer angemeldet ist</translation>
    </message>
    <message>
        <source>Updating %1</source>
        <translation>%1 wird geändert</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after you read it. Your change was not saved, so as not to overwrite theirs: reload the request and make your change again.</source>
        <translation>%1 wurde von %2 um %3 geändert, nachdem Sie die Anfrage gelesen haben. Ihre Änderung wurde nicht gespeichert, um diese nicht zu überschreiben: Laden Sie die Anfrage neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere after you read it. Your change was not saved, so as not to overwrite that one: reload the request and make your change again.</source>
        <translation>%1 wurde anderswo geändert, nachdem Sie die Anfrage gelesen haben. Ihre Änderung wurde nicht gespeichert, um jene nicht zu überschreiben: Laden Sie die Anfrage neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be found: is the drive or network share it is on still there?</source>
        <translation>Die Arbeitsbereichsdatei %1 ist nicht zu finden: Ist das Laufwerk oder die Netzwerkfreigabe, auf der sie liegt, noch da?</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Das Prüfprotokoll wird gelesen</translation>
    </message>
    <message>
        <source>Reading the history of %1</source>
        <translation>Der Verlauf von %1 wird gelesen</translation>
    </message>
</context>
<context>
    <name>lethe::Workspaces</name>
    <message>
        <source>workspace: &quot;%1&quot; is not a valid name (letters, digits, dot, dash, underscore; at most 64).</source>
        <translation>workspace: „%1“ ist kein gültiger Name (Buchstaben, Ziffern, Punkt, Bindestrich, Unterstrich; höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>workspace: %1 already exists.</source>
        <translation>workspace: %1 existiert bereits.</translation>
    </message>
    <message>
        <source>workspace: cannot create folder %1.</source>
        <translation>workspace: Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>store: a workspace can live in SQLite or PostgreSQL, not %1.</source>
        <translation>store: Ein Arbeitsbereich kann in SQLite oder PostgreSQL liegen, nicht in %1.</translation>
    </message>
    <message>
        <source>workspace: cannot write %1/%2.</source>
        <translation>workspace: %1/%2 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>workspace: there is no workspace at %1 (no %2). Create one with `lethe-cli workspace init`.</source>
        <translation>workspace: Unter %1 gibt es keinen Arbeitsbereich (kein %2). Legen Sie einen mit `lethe-cli workspace init` an.</translation>
    </message>
    <message>
        <source>%1: the file cannot be parsed.</source>
        <translation>%1: Die Datei kann nicht verarbeitet werden.</translation>
    </message>
    <message>
        <source>%1: store/engine &quot;%2&quot; is not supported (expected sqlite or postgres).</source>
        <translation>%1: store/engine „%2“ wird nicht unterstützt (zulässig: sqlite oder postgres).</translation>
    </message>
    <message>
        <source>%1: store/port &quot;%2&quot; is not a port number.</source>
        <translation>%1: store/port „%2“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>%1: %2 is missing.</source>
        <translation>%1: %2 fehlt.</translation>
    </message>
</context>
<context>
    <name>lethe::YamlChecker</name>
    <message>
        <source>%1 must be a mapping of keys to values.</source>
        <translation>%1 muss eine Zuordnung von Schlüsseln zu Werten sein.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (expected one of: %3).</source>
        <translation>Unbekannter Schlüssel „%1“ in %2 (erwartet: einer von %3).</translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot;.</source>
        <translation>%1: „%2“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a single value.</source>
        <translation>%2: „%1“ muss ein einzelner Wert sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must not be empty.</source>
        <translation>%2: „%1“ darf nicht leer sein.</translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; in %2 must be a single value.</source>
        <translation>%2: Jeder Eintrag von „%1“ muss ein einzelner Wert sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 must be a list.</source>
        <translation>%2: „%1“ muss eine Liste sein.</translation>
    </message>
</context>
<context>
    <name>lethe::ZipStreamReader</name>
    <message>
        <source>%1: not a bundle Lethe wrote: %2; refused.</source>
        <translation>%1: kein von Lethe geschriebenes Paket: %2; abgelehnt.</translation>
    </message>
    <message>
        <source>%1: the bundle ends early, at byte %2 (truncated or damaged); refused.</source>
        <translation>%1: das Paket endet vorzeitig, bei Byte %2 (abgeschnitten oder beschädigt); abgelehnt.</translation>
    </message>
    <message>
        <source>it does not start with a ZIP file header</source>
        <translation>es beginnt nicht mit einem ZIP-Dateikopf</translation>
    </message>
    <message>
        <source>at byte %1 there is neither a file header nor the central directory</source>
        <translation>bei Byte %1 steht weder ein Dateikopf noch das zentrale Verzeichnis</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>the entry at byte %1 has no name</source>
        <translation>der Eintrag bei Byte %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>the entry at byte %1 has a name of %2 bytes (at most %3)</source>
        <translation>der Eintrag bei Byte %1 hat einen Namen von %2 Bytes (höchstens %3)</translation>
    </message>
    <message>
        <source>its entry names take more than %1 bytes</source>
        <translation>seine Eintragsnamen belegen mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>the entry at byte %1 has a control character in its name</source>
        <translation>der Eintrag bei Byte %1 hat ein Steuerzeichen im Namen</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1 has the flags 0x%2 (encryption or other features Lethe never writes)</source>
        <translation>%1 hat die Flags 0x%2 (Verschlüsselung oder andere Merkmale, die Lethe nie schreibt)</translation>
    </message>
    <message>
        <source>%1 is compressed with method %2 (Lethe writes deflate)</source>
        <translation>%1 ist mit Methode %2 komprimiert (Lethe schreibt Deflate)</translation>
    </message>
    <message>
        <source>the extra fields of %1 in its file header are malformed or of a kind Lethe never writes</source>
        <translation>die Zusatzfelder von %1 in seinem Dateikopf sind fehlerhaft oder von einer Art, die Lethe nie schreibt</translation>
    </message>
    <message>
        <source>the ZIP64 field of %1 in its file header is not 16 bytes</source>
        <translation>das ZIP64-Feld von %1 in seinem Dateikopf ist nicht 16 Bytes lang</translation>
    </message>
    <message>
        <source>the sizes in the file header of %1 are impossible</source>
        <translation>die Größen im Dateikopf von %1 sind unmöglich</translation>
    </message>
    <message>
        <source>%1: cannot start the decompressor.</source>
        <translation>%1: der Dekomprimierer kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>the compressed data of %1 ends (after %2 bytes, as its header says) before its deflate stream does</source>
        <translation>die komprimierten Daten von %1 enden (nach %2 Bytes, wie sein Kopf angibt) vor ihrem Deflate-Strom</translation>
    </message>
    <message>
        <source>the compressed data of %1 is damaged (%2)</source>
        <translation>die komprimierten Daten von %1 sind beschädigt (%2)</translation>
    </message>
    <message>
        <source>the data descriptor after %1 is missing</source>
        <translation>der Datendeskriptor nach %1 fehlt</translation>
    </message>
    <message>
        <source>the data descriptor of %1 (CRC %2, %3 bytes from %4) does not match its data (CRC %5, %6 bytes from %7)</source>
        <translation>der Datendeskriptor von %1 (CRC %2, %3 Bytes aus %4) passt nicht zu seinen Daten (CRC %5, %6 Bytes aus %7)</translation>
    </message>
    <message>
        <source>the file header of %1 gives other sizes or another CRC than its data descriptor</source>
        <translation>der Dateikopf von %1 nennt andere Größen oder eine andere CRC als sein Datendeskriptor</translation>
    </message>
    <message>
        <source>%1 unpacks to %2 bytes from %3 with CRC %4; its file header says %5 bytes from %6 with CRC %7</source>
        <translation>%1 entpackt zu %2 Bytes aus %3 mit CRC %4; sein Dateikopf nennt %5 Bytes aus %6 mit CRC %7</translation>
    </message>
    <message>
        <source>the central directory&apos;s entry %1 is %2, but the file&apos;s entry %1 is %3</source>
        <translation>Eintrag %1 des zentralen Verzeichnisses ist %2, Eintrag %1 der Datei aber %3</translation>
    </message>
    <message>
        <source>the extra fields of %1 in the central directory are malformed or of a kind Lethe never writes</source>
        <translation>die Zusatzfelder von %1 im zentralen Verzeichnis sind fehlerhaft oder von einer Art, die Lethe nie schreibt</translation>
    </message>
    <message>
        <source>the ZIP64 field of %1 in the central directory does not match its sizes</source>
        <translation>das ZIP64-Feld von %1 im zentralen Verzeichnis passt nicht zu seinen Größen</translation>
    </message>
    <message>
        <source>the central directory gives %1 the %2 %3, its file header %4</source>
        <translation>das zentrale Verzeichnis gibt für %1 als %2 %3 an, sein Dateikopf %4</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>CRC</source>
        <translation>CRC</translation>
    </message>
    <message>
        <source>compressed size</source>
        <translation>komprimierte Größe</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>%1 has a comment in the central directory</source>
        <translation>%1 hat einen Kommentar im zentralen Verzeichnis</translation>
    </message>
    <message>
        <source>the entry %1 is a link or a special file</source>
        <translation>der Eintrag %1 ist eine Verknüpfung oder eine Spezialdatei</translation>
    </message>
    <message>
        <source>%1: the entries were not all read.</source>
        <translation>%1: die Einträge wurden nicht alle gelesen.</translation>
    </message>
    <message>
        <source>its central directory lists %1 entries, but the file holds %2</source>
        <translation>sein zentrales Verzeichnis nennt %1 Einträge, die Datei enthält aber %2</translation>
    </message>
    <message>
        <source>its central directory lists more entries than the %1 the file holds</source>
        <translation>sein zentrales Verzeichnis nennt mehr Einträge als die %1, die die Datei enthält</translation>
    </message>
    <message>
        <source>its ZIP64 end record does not match its central directory</source>
        <translation>sein ZIP64-Endeintrag passt nicht zu seinem zentralen Verzeichnis</translation>
    </message>
    <message>
        <source>its ZIP64 end record is not followed by its locator</source>
        <translation>auf seinen ZIP64-Endeintrag folgt nicht sein Locator</translation>
    </message>
    <message>
        <source>after its central directory, at byte %1, there is no end record</source>
        <translation>nach seinem zentralen Verzeichnis, bei Byte %1, steht kein Endeintrag</translation>
    </message>
    <message>
        <source>its end record does not match its central directory (%1 entries, %2 bytes at byte %3)</source>
        <translation>sein Endeintrag passt nicht zu seinem zentralen Verzeichnis (%1 Einträge, %2 Bytes bei Byte %3)</translation>
    </message>
    <message>
        <source>it has an archive comment of %1 bytes, which Lethe never writes</source>
        <translation>es hat einen Archivkommentar von %1 Bytes, den Lethe nie schreibt</translation>
    </message>
    <message>
        <source>more bytes follow its end record at byte %1</source>
        <translation>auf seinen Endeintrag bei Byte %1 folgen weitere Bytes</translation>
    </message>
</context>
<context>
    <name>lethe::ZipWriter</name>
    <message>
        <source>cannot start %1</source>
        <translation>%1 kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>%1 kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>%1: cannot finish the ZIP file.</source>
        <translation>%1: Die ZIP-Datei kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the file (%2).</source>
        <translation>%1: Die Datei kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>%1: cannot write (%2).</source>
        <translation>%1: kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>cannot start the compressor for %1</source>
        <translation>der Kompressor für %1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot compress %1</source>
        <translation>%1 kann nicht komprimiert werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lethe: data-subject requests, with every deadline in view.</source>
        <translation>Lethe: Betroffenenanfragen mit allen Fristen im Blick.</translation>
    </message>
    <message>
        <source>Workspace name or folder to open.</source>
        <translation>Name oder Ordner des zu öffnenden Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>name-or-path</source>
        <translation>Name-oder-Pfad</translation>
    </message>
    <message>
        <source>Quit as soon as the window is on screen (benchmarks).</source>
        <translation>Beenden, sobald das Fenster angezeigt wird (für Benchmarks).</translation>
    </message>
    <message>
        <source>An export bundle to review: opens the viewer alone, with no workspace.</source>
        <translation>Ein zu prüfendes Exportpaket: öffnet nur den Betrachter, ohne Arbeitsbereich.</translation>
    </message>
</context>
</TS>
