<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="179"/>
        <source>Ein unerwarteter Fehler ist aufgetreten. Ihr Text ist als Entwurf gesichert und wird beim nächsten Start angeboten, falls Diktat beendet werden muss. Einzelheiten stehen in der Protokolldatei:
{path}</source>
        <extracomment>A Kundennummer (123A456789) or BG-Nummer (12345BG1234567), also typed with spaces, as a token of its own or inside a file name (&quot;Vermerk_123A456789_2025-03-05.docx&quot;). A value quoted as user messages („…“, &apos;…&apos;) and OS errors (&apos;…&apos;) quote them. What makes a quoted value a path or file name: a separator or a file extension.</extracomment>
        <translation>An unexpected error occurred. Your text has been saved as a draft and will be offered at the next start if Diktat has to be closed. Details are in the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <location filename="../casefields.py" line="29"/>
        <source>z. B. 123A456789 oder 12345BG1234567</source>
        <translation>e.g. 123A456789 or 12345BG1234567</translation>
    </message>
    <message>
        <location filename="../casefields.py" line="30"/>
        <source>Kundennummer oder BG-Nummer</source>
        <translation>Customer number or BG number</translation>
    </message>
    <message>
        <location filename="../casefields.py" line="32"/>
        <source>Kundennummer (z. B. 123A456789) oder Nummer der Bedarfsgemeinschaft (z. B. 12345BG1234567)</source>
        <translation>Customer number (e.g. 123A456789) or number of the benefit community (e.g. 12345BG1234567)</translation>
    </message>
    <message>
        <location filename="../casefields.py" line="39"/>
        <source>Datum des Kontakts</source>
        <translation>Date of the contact</translation>
    </message>
    <message>
        <location filename="../casefields.py" line="41"/>
        <source>Tag, Monat und Jahr; Pfeiltasten ändern den Wert</source>
        <translation>Day, month and year; arrow keys change the value</translation>
    </message>
    <message>
        <location filename="../casefields.py" line="44"/>
        <source>Verfasserin oder Verfasser</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../casefields.py" line="45"/>
        <source>Vorbelegt mit der Anmeldung am Computer</source>
        <translation>Filled in from the computer login</translation>
    </message>
    <message>
        <location filename="../casefields.py" line="52"/>
        <location filename="../casefields.py" line="56"/>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../casefields.py" line="54"/>
        <source>Einen vorgegebenen Betreff wählen oder einen eigenen eingeben</source>
        <translation>Choose a predefined subject or type your own</translation>
    </message>
    <message>
        <location filename="../casefields.py" line="57"/>
        <source>Betreff wählen oder eingeben</source>
        <translation>Choose or type a subject</translation>
    </message>
    <message>
        <location filename="../casefields.py" line="64"/>
        <source>&amp;Kundennummer/BG-Nummer:</source>
        <translation>&amp;Customer/BG number:</translation>
    </message>
    <message>
        <location filename="../casefields.py" line="65"/>
        <source>Dat&amp;um:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location filename="../casefields.py" line="66"/>
        <source>&amp;Verfasser/in:</source>
        <translation>A&amp;uthor:</translation>
    </message>
    <message>
        <location filename="../casefields.py" line="67"/>
        <source>Betr&amp;eff:</source>
        <translation>&amp;Subject:</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <location filename="../vocab_models.py" line="385"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>DictationEditor</name>
    <message>
        <location filename="../editor.py" line="46"/>
        <source>Vermerktext</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../editor.py" line="49"/>
        <source>Der diktierte Text erscheint an der Schreibmarke. Vorläufig erkannter Text ist grau, kursiv und gepunktet unterstrichen, bis er feststeht.</source>
        <translation>Dictated text appears at the cursor. Provisionally recognised text is grey, italic and dotted-underlined until it is final.</translation>
    </message>
    <message>
        <location filename="../editor.py" line="54"/>
        <source>Aufnahme mit F9 starten oder hier schreiben. Diktierter Text erscheint an der Schreibmarke.</source>
        <translation>Press F9 to start recording, or type here. Dictated text appears at the cursor.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../history_dialog.py" line="32"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="38"/>
        <source>Kundennummer, Betreff oder Wörter aus dem Text</source>
        <translation>Customer number, subject or words from the text</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="39"/>
        <source>Verlauf durchsuchen</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="40"/>
        <source>&amp;Suchen:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="46"/>
        <source>Gefundene Vermerke</source>
        <translation>Notes found</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="47"/>
        <source>Eingabetaste öffnet den gewählten Vermerk</source>
        <translation>Enter opens the selected note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="50"/>
        <source>Vorschau des gewählten Vermerks</source>
        <translation>Preview of the selected note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="54"/>
        <source>Suchergebnis</source>
        <translation>Search result</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="64"/>
        <source>&amp;Öffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="66"/>
        <source>Gewählten Vermerk öffnen</source>
        <translation>Open the selected note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="67"/>
        <source>Vermerk &amp;löschen</source>
        <translation>&amp;Delete note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="69"/>
        <source>Gewählten Vermerk löschen</source>
        <translation>Delete the selected note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="70"/>
        <source>Den gewählten Vermerk endgültig aus dem Verlauf löschen (Entf)</source>
        <translation>Delete the selected note from the history for good (Del)</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="75"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="76"/>
        <source>Verlauf schließen</source>
        <translation>Close the history</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="121"/>
        <source>Ein Vermerk gefunden</source>
        <translation>One note found</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="122"/>
        <source>{n} Vermerke gefunden</source>
        <translation>{n} notes found</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="125"/>
        <source>Keine Vermerke gefunden.</source>
        <translation>No notes found.</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="150"/>
        <source>Vermerk löschen</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="151"/>
        <source>Den Vermerk „{what}“ endgültig aus dem Verlauf löschen? Er kann nicht wiederhergestellt werden.</source>
        <translation>Delete the note &apos;{what}&apos; from the history for good? It cannot be restored.</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="165"/>
        <source>Vermerk gelöscht.</source>
        <translation>Note deleted.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../level_meter.py" line="31"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location filename="../level_meter.py" line="34"/>
        <source>Eingangspegel</source>
        <translation>Input level</translation>
    </message>
    <message>
        <location filename="../level_meter.py" line="36"/>
        <source>Lautstärke am Mikrofon, 0 bis 100 Prozent (−60 bis 0 dB)</source>
        <translation>Loudness at the microphone, 0 to 100 percent (−60 to 0 dB)</translation>
    </message>
    <message>
        <location filename="../level_meter.py" line="56"/>
        <source>Pegel: {db:.0f} dB</source>
        <translation>Level: {db:.0f} dB</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="113"/>
        <location filename="../main_window_messages.py" line="73"/>
        <location filename="../main_window_messages.py" line="92"/>
        <location filename="../main_window_messages.py" line="107"/>
        <source>Diktat</source>
        <extracomment>Edits are saved to the draft this long after the last keystroke. Provisional text is saved to the draft at most this long after it changed (partials keep coming while someone speaks, so this timer is not restarted by each one).</extracomment>
        <translation>Diktat</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="59"/>
        <source>&amp;Aufnahme / Pause</source>
        <translation>&amp;Record / Pause</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="60"/>
        <source>Aufnahme starten, anhalten oder fortsetzen (F9)</source>
        <translation>Start, pause or resume recording (F9)</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="62"/>
        <source>Aufnahme &amp;beenden</source>
        <translation>S&amp;top recording</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="63"/>
        <source>Aufnahme beenden; Gesagtes wird übernommen (F10)</source>
        <translation>Stop recording; what was said is kept (F10)</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="65"/>
        <source>&amp;Mikrofone neu suchen</source>
        <translation>&amp;Search for microphones again</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="66"/>
        <source>&amp;Neuer Vermerk</source>
        <translation>&amp;New note</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="68"/>
        <source>Audiodatei &amp;öffnen …</source>
        <translation>&amp;Open audio file …</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="70"/>
        <source>Eine Aufnahme verschriften (Strg+O)</source>
        <translation>Transcribe a recording (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="71"/>
        <source>Als &amp;Word speichern …</source>
        <translation>Save as &amp;Word …</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="73"/>
        <source>Vermerk als Word-Datei speichern (Strg+S)</source>
        <translation>Save the note as a Word file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="74"/>
        <source>Als &amp;Text speichern …</source>
        <translation>Save as &amp;text …</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="76"/>
        <source>Vermerk &amp;abschließen</source>
        <translation>&amp;Finish note</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="78"/>
        <source>Vermerk im Verlauf speichern und neuen beginnen</source>
        <translation>Save the note in the history and start a new one</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="79"/>
        <source>&amp;Verlauf …</source>
        <translation>&amp;History …</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="80"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="81"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>Ein alter Vermerk wurde aus dem Verlauf gelöscht.</source>
        <translation>One old note was deleted from the history.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194"/>
        <source>{n} alte Vermerke wurden aus dem Verlauf gelöscht.</source>
        <translation>{n} old notes were deleted from the history.</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="59"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="85"/>
        <source>Letzte Äußerung &amp;streichen</source>
        <translation>&amp;Strike last utterance</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="83"/>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="87"/>
        <source>Wie „streiche das“: entfernt den zuletzt diktierten Satzteil</source>
        <translation>Like saying “streiche das”: removes the last dictated phrase</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="89"/>
        <source>Text &amp;kopieren</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="90"/>
        <source>Vermerktext in die Zwischenablage (Strg+Umschalt+C)</source>
        <translation>Note text to the clipboard (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="91"/>
        <source>Vermerk mit Kopf&amp;daten kopieren</source>
        <translation>Copy note with &amp;header</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="93"/>
        <source>In vorheriges &amp;Fenster einfügen</source>
        <translation>&amp;Paste into previous window</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="95"/>
        <source>Text in das zuvor aktive Programm einfügen (Strg+Umschalt+V)</source>
        <translation>Paste the text into the previously active program (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="97"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="99"/>
        <source>&amp;Vokabular bearbeiten …</source>
        <translation>Edit &amp;vocabulary …</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="100"/>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="102"/>
        <source>Ü&amp;ber Diktat</source>
        <translation>&amp;About Diktat</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="121"/>
        <source>Vermerk&amp;text:</source>
        <translation>Note te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="125"/>
        <location filename="../main_window_messages.py" line="146"/>
        <source>&amp;Aufnahme</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="126"/>
        <location filename="../main_window_messages.py" line="124"/>
        <location filename="../main_window_messages.py" line="148"/>
        <source>Aufnahme</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="127"/>
        <source>Startet die Aufnahme vom Mikrofon; F9 startet, pausiert und setzt fort</source>
        <translation>Starts recording from the microphone; F9 starts, pauses and resumes</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="129"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="129"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="130"/>
        <source>Hält die Aufnahme an; das bisher Gesagte wird übernommen (F9)</source>
        <translation>Pauses the recording; what was said so far is kept (F9)</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="134"/>
        <source>&amp;Stopp</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="134"/>
        <source>Stopp</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="135"/>
        <source>Beendet die Aufnahme; das bisher Gesagte wird übernommen (F10)</source>
        <translation>Stops the recording; what was said so far is kept (F10)</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="138"/>
        <source>Mikrofon</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="139"/>
        <source>Eingabegerät für die Aufnahme</source>
        <translation>Input device for recording</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="143"/>
        <source>&amp;Mikrofon:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="146"/>
        <source>Pegel:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="147"/>
        <source>Pegel</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="150"/>
        <source>In &amp;Zwischenablage</source>
        <translation>To clip&amp;board</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="151"/>
        <source>Text kopieren</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="152"/>
        <source>Kopiert den Vermerktext in die Zwischenablage (Strg+Umschalt+C)</source>
        <translation>Copies the note text to the clipboard (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="154"/>
        <source>In vorheriges Fenster einfü&amp;gen</source>
        <translation>Paste i&amp;nto previous window</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="155"/>
        <source>In vorheriges Fenster einfügen</source>
        <translation>Paste into previous window</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="156"/>
        <source>Fügt den Text in das zuletzt benutzte Programm ein (Strg+Umschalt+V)</source>
        <translation>Pastes the text into the program used last (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="158"/>
        <source>Als &amp;Word speichern</source>
        <translation>Save as &amp;Word</translation>
    </message>
    <message>
        <location filename="../main_window_exports.py" line="111"/>
        <location filename="../main_window_layout.py" line="159"/>
        <source>Als Word speichern</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="160"/>
        <source>Speichert den Vermerk als Word-Datei (Strg+S)</source>
        <translation>Saves the note as a Word file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="162"/>
        <source>Vermerk abschließe&amp;n</source>
        <translation>F&amp;inish note</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="163"/>
        <source>Vermerk abschließen</source>
        <translation>Finish note</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="164"/>
        <source>Speichert den Vermerk im Verlauf und beginnt einen neuen (Strg+Eingabe)</source>
        <translation>Saves the note in the history and starts a new one (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="199"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="210"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="219"/>
        <source>D&amp;iktat</source>
        <translation>&amp;Dictation</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="224"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="227"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="234"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="236"/>
        <source>Aktives Modell</source>
        <translation>Active model</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="238"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="242"/>
        <location filename="../main_window_messages.py" line="226"/>
        <source>Hinweis zum Vokabular</source>
        <translation>Vocabulary notice</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="246"/>
        <source>Widersprüche im Vokabular</source>
        <translation>Vocabulary conflicts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="180"/>
        <source>Nicht alle Einstellungen konnten gelesen werden.</source>
        <translation>Not all settings could be read.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207"/>
        <source>Einige Entwürfe sind beschädigt und wurden beiseitegelegt.</source>
        <translation>Some drafts are damaged and were set aside.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="214"/>
        <source>Entwurf wiederhergestellt</source>
        <translation>Draft restored</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="217"/>
        <source>Entwurf wiederhergestellt, mit dem vorläufig erkannten Text – bitte prüfen</source>
        <translation>Draft restored, with the provisionally recognised text – please check</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="40"/>
        <source>Es gibt einen nicht abgeschlossenen Vermerk vom {when}.</source>
        <translation>There is an unfinished note from {when}.</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="41"/>
        <source>Kundennummer: {0}</source>
        <translation>Customer number: {0}</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="42"/>
        <source>Betreff: {0}</source>
        <translation>Subject: {0}</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="43"/>
        <source>{0} Zeichen Text</source>
        <translation>{0} characters of text</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="45"/>
        <source>Entwurf wiederherstellen?</source>
        <translation>Restore draft?</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="49"/>
        <source>Dazu vorläufig erkannter Text, der beim Abbruch noch nicht feststand: „{text}“</source>
        <translation>Also provisionally recognised text that was not final yet when it stopped: &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="53"/>
        <source>Möchten Sie ihn wiederherstellen?</source>
        <translation>Do you want to restore it?</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="56"/>
        <source>Den vorläufig erkannten &amp;Text übernehmen</source>
        <translation>Include the provisionally recognised &amp;text</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="60"/>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="61"/>
        <source>&amp;Später</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="67"/>
        <source>Den Entwurf endgültig löschen? Der Text geht verloren.</source>
        <translation>Delete the draft for good? The text will be lost.</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="104"/>
        <location filename="../main_window_messages.py" line="106"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="106"/>
        <location filename="../main_window_messages.py" line="132"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="121"/>
        <source>Modell wird geladen …</source>
        <translation>Loading model …</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="122"/>
        <source>Fehler: kein Modell geladen</source>
        <translation>Error: no model loaded</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="123"/>
        <source>Bereit</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="125"/>
        <source>Aufnahme wird angehalten …</source>
        <translation>Pausing recording …</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="126"/>
        <source>Pausiert</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="127"/>
        <source>Aufnahme wird beendet …</source>
        <translation>Stopping recording …</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="128"/>
        <source>Audiodatei wird verschriftet …</source>
        <translation>Transcribing audio file …</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="145"/>
        <source>&amp;Fortsetzen</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="147"/>
        <source>Fortsetzen</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>Modell: {name} ({device})</source>
        <translation>Model: {name} ({device})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>Aktives Modell: {name} ({device})</source>
        <translation>Active model: {name} ({device})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>Nicht alle Vokabularlisten konnten gelesen werden.</source>
        <translation>Not all vocabulary lists could be read.</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="172"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="172"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="173"/>
        <source>persönlich</source>
        <translation>personal</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="179"/>
        <source>Liste {name}, {file}</source>
        <translation>list {name}, {file}</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="180"/>
        <source>Liste {name}</source>
        <translation>list {name}</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="185"/>
        <source> und </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="186"/>
        <source>„{term}“ ({list})</source>
        <translation>&apos;{term}&apos; ({list})</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="188"/>
        <source>Gesprochen „{spoken}“ ergibt {spellings}; es gilt „{used}“.</source>
        <translation>Spoken &apos;{spoken}&apos; gives {spellings}; &apos;{used}&apos; is used.</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="202"/>
        <source>⚠ Vokabular: 1 Widerspruch</source>
        <translation>⚠ Vocabulary: 1 conflict</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="203"/>
        <source>⚠ Vokabular: {n} Widersprüche</source>
        <translation>⚠ Vocabulary: {n} conflicts</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="205"/>
        <source>… und {n} weitere</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="207"/>
        <source>Widersprüche zwischen den Wortlisten:</source>
        <translation>Conflicts between the word lists:</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="208"/>
        <source>Klicken öffnet den Vokabular-Editor; dort nennt die Spalte „Hinweis“ die betroffenen Einträge.</source>
        <translation>Click to open the vocabulary editor; its column &apos;Issue&apos; names the entries concerned.</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="214"/>
        <source>Widersprüche im Vokabular: {n}</source>
        <translation>Vocabulary conflicts: {n}</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="215"/>
        <source>Widerspruch im Vokabular: {0}</source>
        <translation>Vocabulary conflict: {0}</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="229"/>
        <source>⚠ Vokabular: lokale Kopie</source>
        <translation>⚠ Vocabulary: local copy</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="233"/>
        <source>Hinweis zum Vokabular: {0}</source>
        <translation>Vocabulary notice: {0}</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="238"/>
        <source>Modell wird beim ersten Start eingerichtet …</source>
        <translation>Setting up the model on first start …</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="254"/>
        <location filename="../main_window_messages.py" line="257"/>
        <source>Kein Mikrofon gefunden</source>
        <translation>No microphone found</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="263"/>
        <source> (Standard)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="278"/>
        <source>Kein Mikrofon gefunden: die Liste der Audiogeräte ließ sich nicht abfragen.</source>
        <translation>No microphone found: the list of audio devices could not be read.</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="281"/>
        <source>Kein Mikrofon gefunden: das System meldet 0 Eingabegeräte.</source>
        <translation>No microphone found: the system reports 0 input devices.</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="282"/>
        <source>Bitte schließen Sie ein Mikrofon an (und geben Sie es in den Datenschutz-Einstellungen des Systems frei). Wählen Sie dann „Diktat → Mikrofone neu suchen“.</source>
        <translation>Please connect a microphone (and allow access in the system&apos;s privacy settings). Then choose &apos;Dictation → Search for microphones again&apos;.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>Bitte warten: Das Modell wird noch geladen.</source>
        <translation>Please wait: the model is still loading.</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="38"/>
        <source>Audiodatei öffnen</source>
        <translation>Open audio file</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="39"/>
        <source>Audiodateien (*.wav *.mp3 *.m4a *.flac *.ogg *.opus *.webm);;Alle Dateien (*)</source>
        <translation>Audio files (*.wav *.mp3 *.m4a *.flac *.ogg *.opus *.webm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="45"/>
        <source>„{name}“ wird verschriftet …</source>
        <translation>Transcribing “{name}” …</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="80"/>
        <location filename="../main_window_tools.py" line="46"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="47"/>
        <source>Audiodatei verschriften</source>
        <translation>Transcribe audio file</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="48"/>
        <source>Fortschritt der Verschriftung</source>
        <translation>Transcription progress</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="76"/>
        <source>Audiodatei verschriftet</source>
        <translation>Audio file transcribed</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="78"/>
        <source>In der Audiodatei wurde keine Sprache erkannt.</source>
        <translation>No speech was recognised in the audio file.</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="84"/>
        <source>Verschriftung abgebrochen; nichts eingefügt.</source>
        <translation>Transcription cancelled; nothing inserted.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338"/>
        <source>Entwurf konnte nicht gesichert werden!</source>
        <translation>The draft could not be saved!</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="74"/>
        <source>Der aktuelle Vermerk ist noch nicht abgeschlossen.</source>
        <translation>The current note is not finished yet.</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="76"/>
        <source>Soll er jetzt abgeschlossen (im Verlauf gespeichert) oder als Entwurf behalten werden?</source>
        <translation>Finish it now (save it in the history) or keep it as a draft?</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="78"/>
        <source>&amp;Abschließen</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../main_window_messages.py" line="79"/>
        <source>Als &amp;Entwurf behalten</source>
        <translation>Keep as &amp;draft</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="383"/>
        <source>Bitte beenden Sie zuerst die Aufnahme (F10).</source>
        <translation>Please stop the recording first (F10).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="393"/>
        <source>Den Vermerk trotzdem abschließen?</source>
        <translation>Finish the note anyway?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>Vermerk im Verlauf gespeichert</source>
        <translation>Note saved in the history</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="99"/>
        <source>Vermerk aus dem Verlauf geöffnet</source>
        <translation>Note opened from the history</translation>
    </message>
    <message>
        <location filename="../main_window_exports.py" line="40"/>
        <location filename="../main_window_exports.py" line="60"/>
        <source>Von der IT nicht freigegeben</source>
        <translation>Not permitted by IT</translation>
    </message>
    <message>
        <location filename="../main_window_exports.py" line="72"/>
        <source>Text in die Zwischenablage kopiert</source>
        <translation>Text copied to the clipboard</translation>
    </message>
    <message>
        <location filename="../main_window_exports.py" line="81"/>
        <source>Vermerk mit Kopfdaten kopiert</source>
        <translation>Note copied with header</translation>
    </message>
    <message>
        <location filename="../main_window_exports.py" line="95"/>
        <source>Text eingefügt</source>
        <translation>Text pasted</translation>
    </message>
    <message>
        <location filename="../main_window_exports.py" line="113"/>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../main_window_exports.py" line="128"/>
        <source>Gespeichert: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../main_window_exports.py" line="121"/>
        <source>Als Text speichern</source>
        <translation>Save as text</translation>
    </message>
    <message>
        <location filename="../main_window_exports.py" line="123"/>
        <source>Textdatei (*.txt)</source>
        <translation>Text file (*.txt)</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="132"/>
        <source>Die Sprache der Oberfläche ändert sich beim nächsten Start.</source>
        <translation>The interface language changes at the next start.</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="146"/>
        <source>Der Vokabular-Editor ist in dieser Version noch nicht verfügbar. Vokabularlisten können in den Einstellungen gewählt werden.</source>
        <translation>The vocabulary editor is not available in this version yet. Vocabulary lists can be chosen in the settings.</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="176"/>
        <source>Das Mikrofon nimmt gerade ein Diktat auf. Bitte die Aufnahme zuerst beenden (F10).</source>
        <translation>The microphone is recording a dictation. Please stop the recording first (F10).</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="197"/>
        <source>Die Korrekturen konnten nicht ins Vokabular übernommen werden.</source>
        <translation>The corrections could not be added to the vocabulary.</translation>
    </message>
    <message>
        <location filename="../main_window_tools.py" line="202"/>
        <source>{n} Korrektur(en) ins persönliche Vokabular übernommen</source>
        <translation>{n} correction(s) added to the personal vocabulary</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="293"/>
        <source>Tab / Umschalt+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="294"/>
        <source>Zum nächsten / vorigen Feld</source>
        <translation>To the next / previous field</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="299"/>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="302"/>
        <source>Über Diktat</source>
        <translation>About Diktat</translation>
    </message>
    <message>
        <location filename="../main_window_layout.py" line="302"/>
        <source>Diktat {version}

Spracherkennung für Vermerke, vollständig auf diesem Computer. Es werden keine Daten übertragen; Tonaufnahmen werden nur gespeichert, wenn Sie es in den Einstellungen einschalten.</source>
        <translation>Diktat {version}

Speech recognition for case notes, entirely on this computer. No data is transmitted; recordings are stored only if you switch it on in the settings.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../vocab_widgets.py" line="60"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../vocab_widgets.py" line="73"/>
        <source>A&amp;usblenden</source>
        <translation>Hi&amp;de</translation>
    </message>
    <message>
        <location filename="../vocab_widgets.py" line="74"/>
        <source>Meldung ausblenden</source>
        <translation>Hide the message</translation>
    </message>
    <message>
        <location filename="../vocab_widgets.py" line="114"/>
        <source>Hinweis:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../vocab_widgets.py" line="114"/>
        <source>Achtung:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <location filename="../vocab_widgets.py" line="115"/>
        <source>Fehler:</source>
        <translation>Error:</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <location filename="../paste.py" line="78"/>
        <source>Es ist kein Zielfenster bekannt. Bitte wechseln Sie einmal in das Programm, in das eingefügt werden soll, und dann zurück zu Diktat. Der Text liegt in der Zwischenablage und kann dort auch mit Strg+V eingefügt werden.</source>
        <translation>No target window is known. Please switch once to the program to paste into, then back to Diktat. The text is on the clipboard and can also be pasted there with Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../paste.py" line="129"/>
        <source>Das Einfügen in das andere Fenster hat nicht geklappt; vielleicht wurde es geschlossen. Der Text liegt in der Zwischenablage: Bitte dort mit Strg+V einfügen.</source>
        <translation>Pasting into the other window failed; perhaps it was closed. The text is on the clipboard: please paste it there with Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../paste.py" line="168"/>
        <source>Das andere Fenster ließ sich nicht aktivieren. Der Text liegt in der Zwischenablage: Bitte dort mit Strg+V einfügen.</source>
        <translation>The other window could not be activated. The text is on the clipboard: please paste it there with Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../paste.py" line="180"/>
        <source>Die Tastenkombination Strg+V konnte nicht gesendet werden. Der Text liegt in der Zwischenablage: Bitte dort mit Strg+V einfügen.</source>
        <translation>The key combination Ctrl+V could not be sent. The text is on the clipboard: please paste it there with Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../paste.py" line="235"/>
        <source>Auf diesem System kann Diktat nicht selbst in ein anderes Fenster einfügen. Der Text liegt in der Zwischenablage: Bitte wechseln Sie in das Zielprogramm und drücken Sie Strg+V.</source>
        <translation>On this system Diktat cannot paste into another window itself. The text is on the clipboard: please switch to the target program and press Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>RecallWorker</name>
    <message>
        <location filename="../vocab_widgets.py" line="181"/>
        <source>Das Erkennungsmodell konnte nicht geladen werden.</source>
        <translation>The recognition model could not be loaded.</translation>
    </message>
    <message>
        <location filename="../vocab_widgets.py" line="211"/>
        <source>Der Test an Aufnahmen ist fehlgeschlagen.</source>
        <translation>The test on recordings failed.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="87"/>
        <location filename="../settings_dialog.py" line="88"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="94"/>
        <source>&amp;Mitgeliefertes Modell (Whisper base)</source>
        <translation>&amp;Bundled model (Whisper base)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="95"/>
        <source>Mitgeliefertes Modell verwenden</source>
        <translation>Use the bundled model</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="96"/>
        <source>&amp;Eigenes Modell (Ordner):</source>
        <translation>&amp;Own model (folder):</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="97"/>
        <source>Eigenes Modell aus einem Ordner verwenden</source>
        <translation>Use your own model from a folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="101"/>
        <source>Modellordner wählen</source>
        <translation>Choose model folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="102"/>
        <source>Ordner des eigenen Modells</source>
        <translation>Folder of your own model</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="103"/>
        <source>Ordner mit model.bin (CTranslate2)</source>
        <translation>Folder with model.bin (CTranslate2)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="113"/>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="114"/>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="115"/>
        <source>Sprache der Spracherkennung</source>
        <translation>Language of speech recognition</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="118"/>
        <source>Sprache des Systems</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121"/>
        <source>Sprache der Oberfläche</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="122"/>
        <source>Wird nach einem Neustart wirksam</source>
        <translation>Takes effect after a restart</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="125"/>
        <source>Standard-Mikrofon des Systems</source>
        <translation>System default microphone</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="128"/>
        <source>Mikrofon</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="130"/>
        <source>Aufnahmen spei&amp;chern</source>
        <translation>Save &amp;recordings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="131"/>
        <source>Aufnahmen speichern</source>
        <translation>Save recordings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="133"/>
        <source>Standardmäßig aus: Diktat speichert keine Tonaufnahmen.</source>
        <translation>Off by default: Diktat stores no audio recordings.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="136"/>
        <source>Spracherkennung</source>
        <translation>Speech recognition</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="139"/>
        <source>Modell:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="141"/>
        <source>&amp;Sprache beim Diktieren:</source>
        <translation>Dictation &amp;language:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="142"/>
        <source>Spr&amp;ache der Oberfläche:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="143"/>
        <source>M&amp;ikrofon:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="147"/>
        <source>Vokabularlisten (*.json *.csv);;Alle Dateien (*)</source>
        <translation>Vocabulary lists (*.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="148"/>
        <source>Liste der Organisation wählen</source>
        <translation>Choose the organisation’s list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="149"/>
        <source>Vokabularliste der Organisation</source>
        <translation>Vocabulary list of the organisation</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="150"/>
        <source>z. B. Netzlaufwerk der Organisation</source>
        <translation>e.g. the organisation’s network share</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="151"/>
        <source>Liste des Teams wählen</source>
        <translation>Choose the team’s list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="152"/>
        <source>Vokabularliste des Teams</source>
        <translation>Vocabulary list of the team</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="153"/>
        <source>Persönliche Liste wählen</source>
        <translation>Choose your personal list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="154"/>
        <source>Persönliche Vokabularliste</source>
        <translation>Personal vocabulary list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="155"/>
        <source>Ordner für Vorschläge wählen</source>
        <translation>Choose the folder for suggestions</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="156"/>
        <source>Gemeinsamer Ordner für Vorschläge</source>
        <translation>Shared folder for suggestions</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="158"/>
        <source>Korrekturvorschläge für das Team; leer = nicht geteilt</source>
        <translation>Correction suggestions for the team; empty = not shared</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="159"/>
        <source>Bearbeiten erlaubt</source>
        <translation>Editing allowed</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>Vokabular</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="163"/>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="164"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="165"/>
        <source>&amp;Persönlich:</source>
        <translation>&amp;Personal:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="166"/>
        <source>Vorschlä&amp;ge-Ordner:</source>
        <translation>Suggestion &amp;folder:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="168"/>
        <source>Bearbeiten erlaubt:</source>
        <translation>Editing allowed:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="172"/>
        <source>Export-Ordner wählen</source>
        <translation>Choose export folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="173"/>
        <source>Export-Ordner</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="174"/>
        <source>Standard: Ordner „Dokumente“</source>
        <translation>Default: the “Documents” folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="175"/>
        <source>Word-Vorlage wählen</source>
        <translation>Choose Word template</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="176"/>
        <source>Word-Vorlagen (*.docx *.dotx)</source>
        <translation>Word templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="177"/>
        <source>Word-Vorlage</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="178"/>
        <source>Standard: mitgelieferte Vorlage</source>
        <translation>Default: the bundled template</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="181"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="182"/>
        <source>Aufbewahrungsdauer des Verlaufs in Tagen</source>
        <translation>How long the history is kept, in days</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="184"/>
        <source>Abgeschlossene Vermerke werden danach aus dem lokalen Verlauf gelöscht</source>
        <translation>Finished notes are then deleted from the local history</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="186"/>
        <source>Erlaubte Exportwege</source>
        <translation>Allowed exports</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="187"/>
        <source>Export und Verlauf</source>
        <translation>Export and history</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="190"/>
        <source>E&amp;xport-Ordner:</source>
        <translation>E&amp;xport folder:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="191"/>
        <source>&amp;Word-Vorlage:</source>
        <translation>&amp;Word template:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="192"/>
        <source>Erlaubte Exportwege:</source>
        <translation>Allowed exports:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="193"/>
        <source>&amp;Verlauf aufbewahren:</source>
        <translation>Keep &amp;history for:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="210"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="211"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="232"/>
        <source>Von der IT festgelegt</source>
        <translation>Set by IT</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="233"/>
        <source>Gesperrt: von der IT festgelegt</source>
        <translation>Locked: set by IT</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="266"/>
        <source>persönliche Liste</source>
        <translation>personal list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="266"/>
        <source>Teamliste</source>
        <translation>team list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="267"/>
        <source>Organisationsliste</source>
        <translation>organisation list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="269"/>
        <source>Zwischenablage</source>
        <translation>clipboard</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="270"/>
        <source>Einfügen in ein anderes Programm</source>
        <translation>pasting into another program</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="271"/>
        <source>Word-Datei</source>
        <translation>Word file</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="271"/>
        <source>Textdatei</source>
        <translation>text file</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="273"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="302"/>
        <source>Von der IT festgelegt; kann hier nicht geändert werden.</source>
        <translation>Set by IT; cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="303"/>
        <source>Kann nur die IT in den Maschinen-Einstellungen ändern (Standard).</source>
        <translation>Only IT can change this, in the machine-wide settings (default).</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../suggestions_dialog.py" line="26"/>
        <source>Korrekturen ins Vokabular übernehmen?</source>
        <translation>Add corrections to the vocabulary?</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="28"/>
        <source>Sie haben erkannte Wörter korrigiert. Angehakte Korrekturen kommen in Ihr persönliches Vokabular, damit Diktat sie künftig richtig schreibt.</source>
        <translation>You corrected recognised words. Ticked corrections go into your personal vocabulary so that Diktat writes them correctly from now on.</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="33"/>
        <source>Korrekturen</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="35"/>
        <source>„{spoken}“ → „{term}“</source>
        <translation>“{spoken}” → “{term}”</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="44"/>
        <source>Ü&amp;bernehmen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="45"/>
        <source>Angehakte Korrekturen übernehmen</source>
        <translation>Add the ticked corrections</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="46"/>
        <source>&amp;Nicht jetzt</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="47"/>
        <source>Keine Korrektur übernehmen</source>
        <translation>Add no correction</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="59"/>
        <source>Persönlich</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>TermTraining</name>
    <message>
        <location filename="../term_training.py" line="60"/>
        <source>gehört schon zu „{term}“ – nicht vorgeschlagen</source>
        <translation>already belongs to &apos;{term}&apos; – not proposed</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="63"/>
        <source>falsch erkannt – vorgeschlagen</source>
        <translation>misrecognised – proposed</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="64"/>
        <source>richtig erkannt</source>
        <translation>recognised correctly</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="65"/>
        <source>wird schon korrigiert</source>
        <translation>already corrected</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="66"/>
        <source>gehört schon zu einem anderen Eintrag – nicht vorgeschlagen</source>
        <translation>already belongs to another entry – not proposed</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="68"/>
        <source>gewöhnliche Wörter – nicht vorgeschlagen, sonst würden normale Sätze geändert</source>
        <translation>ordinary words – not proposed, or ordinary sentences would be changed</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="71"/>
        <source>zu kurz – nicht vorgeschlagen</source>
        <translation>too short – not proposed</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="74"/>
        <source>zu weit vom Begriff entfernt – nicht vorgeschlagen</source>
        <translation>too far from the term – not proposed</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="72"/>
        <source>gebeugte Form – wird schon richtig geschrieben</source>
        <translation>inflected form – already written correctly</translation>
    </message>
</context>
<context>
    <name>TermTrainingDialog</name>
    <message>
        <location filename="../term_training.py" line="225"/>
        <source>Begriff trainieren – Diktat</source>
        <translation>Train term – Diktat</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="226"/>
        <source>Begriff trainieren</source>
        <translation>Train term</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="250"/>
        <source>Das Erkennungsmodell wird geladen …</source>
        <translation>Loading the recognition model …</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="260"/>
        <source>Klicken Sie auf „Sprechen“ und sagen Sie einen dieser Sätze wie beim Diktieren; die Aufnahme endet nach einer kurzen Pause von selbst:</source>
        <translation>Click &apos;Speak&apos; and say one of these sentences as when dictating; the recording ends by itself after a short pause:</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="263"/>
        <source>Klicken Sie auf „Sprechen“ und sagen Sie diesen Satz wie beim Diktieren; die Aufnahme endet nach einer kurzen Pause von selbst:</source>
        <translation>Click &apos;Speak&apos; and say this sentence as when dictating; the recording ends by itself after a short pause:</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="266"/>
        <source>Die installierten Computerstimmen sprechen:</source>
        <translation>The installed computer voices speak:</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="267"/>
        <source>Diktat lernt, was die Erkennung statt „{term}“ schreibt, und korrigiert es künftig.</source>
        <translation>Diktat learns what the recogniser writes instead of &apos;{term}&apos; and corrects it from now on.</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="279"/>
        <source>Zu sprechender Satz</source>
        <translation>Sentence to speak</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="283"/>
        <location filename="../term_training.py" line="427"/>
        <source>&amp;Sprechen</source>
        <translation>&amp;Speak</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="284"/>
        <source>Eine Aufnahme vom Mikrofon (endet nach einer Pause)</source>
        <translation>One recording from the microphone (ends after a pause)</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="288"/>
        <location filename="../term_training.py" line="430"/>
        <source>&amp;Computerstimmen</source>
        <translation>&amp;Computer voices</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="289"/>
        <source>Den Satz von den installierten Stimmen sprechen lassen: {names}</source>
        <translation>Have the installed voices speak the sentence: {names}</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="304"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="307"/>
        <source>&amp;Gehört:</source>
        <translation>&amp;Heard:</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="309"/>
        <source>Gehört</source>
        <translation>Heard</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="313"/>
        <source>Als gesprochene &amp;Varianten lernen:</source>
        <translation>Learn as spoken &amp;variants:</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="315"/>
        <source>Zu lernende Varianten</source>
        <translation>Variants to learn</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="322"/>
        <source>&amp;Übernehmen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="324"/>
        <source>Ab&amp;brechen</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="351"/>
        <source>Das Mikrofon wird geöffnet …</source>
        <translation>Opening the microphone …</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="363"/>
        <source>Die Computerstimmen sprechen, die Erkennung hört zu …</source>
        <translation>The computer voices speak, the recogniser listens …</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="393"/>
        <source>{n}. {source}: Satz nicht verstanden</source>
        <translation>{n}. {source}: sentence not understood</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="415"/>
        <source>Die angehakten Varianten werden mit „Übernehmen“ gelernt (danach die Liste speichern). Weitere Aufnahmen sind möglich.</source>
        <translation>The ticked variants are learned with &apos;Apply&apos; (then save the list). You can record more.</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="420"/>
        <source>Satz nicht verstanden. Bitte noch einmal deutlich sprechen.</source>
        <translation>Sentence not understood. Please speak it again, clearly.</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="429"/>
        <source>S&amp;topp</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="370"/>
        <location filename="../term_training.py" line="423"/>
        <source>Bereit.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="381"/>
        <source>Aufnahme läuft – bitte jetzt den Satz sprechen.</source>
        <translation>Recording – please speak the sentence now.</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="387"/>
        <source>Wird erkannt …</source>
        <translation>Recognising …</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="396"/>
        <source>{n}. {source}: „{text}“ – {verdict}</source>
        <translation>{n}. {source}: &apos;{text}&apos; – {verdict}</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="418"/>
        <source>Nichts zu lernen (die Gründe stehen unter „Gehört“).</source>
        <translation>Nothing to learn (the reasons are listed under &apos;Heard&apos;).</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="427"/>
        <source>&amp;Stopp</source>
        <translation>&amp;Stop</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../term_training.py" line="127"/>
        <source>Das Erkennungsmodell konnte nicht geladen werden.</source>
        <translation>The recognition model could not be loaded.</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="154"/>
        <source>Die Aufnahme wurde beendet, bevor Ton vom Mikrofon kam.</source>
        <translation>The recording was stopped before any sound came from the microphone.</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="156"/>
        <source>Es kam kein Ton vom Mikrofon.</source>
        <translation>No sound came from the microphone.</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="159"/>
        <source>Mikrofon</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="165"/>
        <source>Die Aufnahme ist fehlgeschlagen.</source>
        <translation>The recording failed.</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="187"/>
        <source>Diese Computerstimmen sind fehlgeschlagen: {names}. Die Ergebnisse der anderen stehen unter „Gehört“.</source>
        <translation>These computer voices failed: {names}. The results of the others are listed under &apos;Heard&apos;.</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="192"/>
        <source>Die Computerstimmen sind fehlgeschlagen.</source>
        <translation>The computer voices failed.</translation>
    </message>
    <message>
        <location filename="../term_training.py" line="185"/>
        <source>Keine der Computerstimmen hat gesprochen.</source>
        <translation>None of the computer voices spoke.</translation>
    </message>
</context>
<context>
    <name>VocabularyEditor</name>
    <message>
        <location filename="../vocab_editor.py" line="120"/>
        <source>Wortlisten bearbeiten – Diktat</source>
        <translation>Edit word lists – Diktat</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="122"/>
        <source>Wortlisten bearbeiten</source>
        <translation>Edit word lists</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="164"/>
        <source>nur lesen – von der IT festgelegt</source>
        <translation>read-only – set by IT</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="152"/>
        <location filename="../vocab_editor.py" line="180"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="165"/>
        <source>nur lesen – mit Diktat ausgeliefert</source>
        <translation>read-only – shipped with Diktat</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="153"/>
        <source>Meine Begriffe</source>
        <translation>My terms</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="152"/>
        <location filename="../vocab_editor.py" line="180"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="166"/>
        <source>nur lesen – die Datei enthält fehlerhafte Zeilen</source>
        <translation>read-only – the file contains faulty lines</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="167"/>
        <source>nur lesen – die Datei konnte nicht gelesen werden</source>
        <translation>read-only – the file could not be read</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="158"/>
        <source>Der Ordner „{folder}“ ist nicht erreichbar; die Liste „{name}“ wird nur lesend und leer angezeigt. Bitte die Netzwerkverbindung prüfen und den Editor neu öffnen.</source>
        <translation>The folder &apos;{folder}&apos; cannot be reached; the list &apos;{name}&apos; is shown read-only and empty. Please check the network connection and open the editor again.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="168"/>
        <source>nur lesen – Speicherort nicht erreichbar</source>
        <translation>read-only – storage location not reachable</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="64"/>
        <source>&amp;Wortliste:</source>
        <extracomment>Delay after the last keystroke before &quot;Ausprobieren&quot; runs the pipeline (ms).</extracomment>
        <translation>&amp;Word list:</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="66"/>
        <source>Wortliste</source>
        <translation>Word list</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="68"/>
        <source>Welche Liste bearbeitet wird: Organisation, Team oder persönlich.</source>
        <translation>Which list is being edited: organisation, team or personal.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="77"/>
        <source>Schreibschutz</source>
        <translation>Write protection</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="86"/>
        <source>Bereiche</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="87"/>
        <source>&amp;Einträge</source>
        <translation>&amp;Entries</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="89"/>
        <source>An Aufnahmen &amp;testen</source>
        <translation>Test on &amp;recordings</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="91"/>
        <source>&amp;Vorschläge</source>
        <translation>S&amp;uggestions</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="104"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="105"/>
        <source>Alle geänderten Listen speichern (Strg+S)</source>
        <translation>Save all changed lists (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="107"/>
        <source>S&amp;chließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="108"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="113"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="132"/>
        <source>Suc&amp;hen:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="136"/>
        <source>Begriff, gesprochene Variante, Kategorie oder Notiz</source>
        <translation>Term, spoken variant, category or note</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="137"/>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="139"/>
        <source>Zeigt nur Einträge, die den Suchtext in einer Spalte enthalten.</source>
        <translation>Shows only entries that contain the search text in one of their columns.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="166"/>
        <source>Einträge der Wortliste</source>
        <translation>Entries of the word list</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="234"/>
        <location filename="../vocab_editor_layout.py" line="167"/>
        <source>Einfg: neuer Eintrag, F2: bearbeiten, Entf: löschen. Spalte „Hinweis“ nennt Probleme.</source>
        <translation>Insert: new entry, F2: edit, Delete: delete. The column &apos;Issue&apos; names problems.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="180"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="181"/>
        <source>Neuen Eintrag anlegen (Einfg)</source>
        <translation>Add a new entry (Insert)</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="182"/>
        <source>&amp;Bearbeiten</source>
        <translation>Ed&amp;it</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="184"/>
        <source>Ausgewählte Zelle bearbeiten (F2)</source>
        <translation>Edit the selected cell (F2)</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="185"/>
        <source>&amp;Löschen</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="187"/>
        <source>Ausgewählte Einträge löschen (Entf)</source>
        <translation>Delete the selected entries (Delete)</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="192"/>
        <source>Be&amp;griff trainieren…</source>
        <translation>Train term by &amp;voice…</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="193"/>
        <source>Lernen, wie die Erkennung den ausgewählten Begriff verhört: den Begriff sprechen, die gehörten Formen als gesprochene Varianten übernehmen</source>
        <translation>Learn how the recogniser mishears the selected term: speak the term, adopt the heard forms as spoken variants</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="196"/>
        <source>CSV &amp;importieren…</source>
        <translation>Im&amp;port CSV…</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="197"/>
        <source>Einträge aus einer CSV-Datei (Excel) hinzufügen</source>
        <translation>Add entries from a CSV file (Excel)</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="198"/>
        <source>CSV e&amp;xportieren…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="199"/>
        <source>Diese Liste als CSV-Datei (Excel) speichern</source>
        <translation>Save this list as a CSV file (Excel)</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="200"/>
        <source>Nächstes &amp;Problem</source>
        <translation>Next pro&amp;blem</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="201"/>
        <source>Zum nächsten Eintrag mit Hinweis gehen</source>
        <translation>Go to the next entry with an issue</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="219"/>
        <source>Prüfung der Liste</source>
        <translation>Check of the list</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="225"/>
        <location filename="../vocab_editor_layout.py" line="226"/>
        <source>Ausprobieren</source>
        <translation>Try it out</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="228"/>
        <source>Einen Satz eingeben, wie die Erkennung ihn liefern könnte. Angezeigt wird, was die Wortlisten (mit den ungespeicherten Änderungen) daraus machen.</source>
        <translation>Type a sentence as the recognition might deliver it. Shown is what the word lists (with the unsaved changes) make of it.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="234"/>
        <source>&amp;Ausprobieren:</source>
        <translation>&amp;Try it:</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="236"/>
        <source>Satz zum Ausprobieren</source>
        <translation>Sentence to try out</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="237"/>
        <source>z. B. Antrag auf Bürger Geld nach SGB zwei</source>
        <translation>e.g. Antrag auf Bürger Geld nach SGB zwei</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="243"/>
        <source>Ergebnis:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="250"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="255"/>
        <source>Änderungen (gesprochen → geschrieben, Regel, Wert):</source>
        <translation>Changes (spoken → written, rule, score):</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="258"/>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="275"/>
        <source>Aufnahmen mit bekanntem Text wählen: daneben eine .txt-Datei mit gleichem Namen oder eine TSV-Datei „Datei⇥Text“ im selben Ordner (oder die TSV-Datei selbst wählen). Die Aufnahmen werden mit den Begriffen dieser Liste erkannt; gezählt wird, wie viele ihrer Begriffe richtig geschrieben herauskommen.</source>
        <translation>Select recordings with known text: next to each a .txt file with the same name, or a TSV file &apos;file⇥text&apos; in the same folder (or select the TSV file itself). The recordings are recognised with the terms of this list; what counts is how many of its terms come out spelled correctly.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="283"/>
        <source>Aufnahmen w&amp;ählen…</source>
        <translation>Se&amp;lect recordings…</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="284"/>
        <source>Test sta&amp;rten</source>
        <translation>Start &amp;test</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="285"/>
        <source>Ab&amp;brechen</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="292"/>
        <source>Gewählte Auf&amp;nahmen:</source>
        <translation>C&amp;hosen recordings:</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="294"/>
        <source>Gewählte Aufnahmen</source>
        <translation>Chosen recordings</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="299"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="303"/>
        <source>Stand des Tests</source>
        <translation>Progress of the test</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="308"/>
        <source>Ergebnis des Tests</source>
        <translation>Result of the test</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="312"/>
        <source>Verpasster Begriff</source>
        <translation>Missed term</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="313"/>
        <location filename="../vocab_editor_layout.py" line="349"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="315"/>
        <source>Verpasste Begriffe</source>
        <translation>Missed terms</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="321"/>
        <source>Aufnahme</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="322"/>
        <source>Begriffe</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="323"/>
        <source>Erkannter Text</source>
        <translation>Recognised text</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="325"/>
        <source>Ergebnis je Aufnahme</source>
        <translation>Result per recording</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="334"/>
        <source>Kein Erkennungsmodell verfügbar: der Test an Aufnahmen ist ausgeschaltet.</source>
        <translation>No recognition model available: the test on recordings is switched off.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="345"/>
        <source>Vorschläge aus &amp;Korrekturen:</source>
        <translation>Suggestions from correc&amp;tions:</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="347"/>
        <source>Gesprochen</source>
        <translation>Spoken</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="348"/>
        <source>Geschrieben</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="350"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="354"/>
        <source>Vorschläge</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="355"/>
        <source>Leertaste hakt einen Vorschlag an. Übernommen werden die angehakten, sonst die markierten Vorschläge.</source>
        <translation>Space ticks a suggestion. Approving takes the ticked suggestions, otherwise the selected ones.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="362"/>
        <source>&amp;Übernehmen</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="363"/>
        <source>A&amp;blehnen</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="364"/>
        <source>Neu &amp;laden</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="372"/>
        <source>Es ist kein Ordner für Vorschläge eingerichtet.</source>
        <translation>No folder for suggestions is set up.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="375"/>
        <source>Sie können keine Liste ändern; Vorschläge werden nur angezeigt.</source>
        <translation>You cannot change any list; suggestions are only shown.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_layout.py" line="378"/>
        <source>Korrekturen, die Kolleginnen und Kollegen mehrfach gemacht haben. Nichts wird ohne Ihre Zustimmung gelernt: „Übernehmen“ fügt die gewählten Vorschläge der Liste „{list}“ hinzu (danach speichern).</source>
        <translation>Corrections that colleagues have made repeatedly. Nothing is learnt without your approval: &apos;Approve&apos; adds the chosen suggestions to the list &apos;{list}&apos; (then save).</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="181"/>
        <source>Persönlich</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="190"/>
        <source>(nur lesen)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="192"/>
        <source>(geändert)</source>
        <translation>(changed)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="233"/>
        <source>Nur lesen.</source>
        <translation>Read-only.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="270"/>
        <source>{n} Einträge</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="271"/>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="273"/>
        <source>{shown} von {n} Einträgen</source>
        <translation>{shown} of {n} entries</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="282"/>
        <source>{n} Einträge mit Hinweisen (Warnzeichen und Spalte „Hinweis“).</source>
        <translation>{n} entries with issues (warning sign and column &apos;Issue&apos;).</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="284"/>
        <source>1 Eintrag mit Hinweis (Warnzeichen und Spalte „Hinweis“).</source>
        <translation>1 entry with an issue (warning sign and column &apos;Issue&apos;).</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="287"/>
        <source>Keine Probleme gefunden.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_table.py" line="87"/>
        <source>{n} Einträge gelöscht (noch nicht gespeichert).</source>
        <translation>{n} entries deleted (not saved yet).</translation>
    </message>
    <message>
        <location filename="../vocab_editor_table.py" line="89"/>
        <source>1 Eintrag gelöscht (noch nicht gespeichert).</source>
        <translation>1 entry deleted (not saved yet).</translation>
    </message>
    <message>
        <location filename="../vocab_editor_table.py" line="117"/>
        <source>Importiert aus „{name}“: {added} neu, {replaced} ersetzt (noch nicht gespeichert).</source>
        <translation>Imported from &apos;{name}&apos;: {added} new, {replaced} replaced (not saved yet).</translation>
    </message>
    <message>
        <location filename="../vocab_editor_table.py" line="124"/>
        <source>… und {n} weitere Hinweise.</source>
        <translation>… and {n} more issues.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_table.py" line="138"/>
        <source>Exportiert nach „{path}“.</source>
        <translation>Exported to &apos;{path}&apos;.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_table.py" line="143"/>
        <source>CSV-Datei importieren</source>
        <translation>Import CSV file</translation>
    </message>
    <message>
        <location filename="../vocab_editor_table.py" line="144"/>
        <source>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</source>
        <translation>CSV files (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../vocab_editor_table.py" line="150"/>
        <source>Als CSV exportieren</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location filename="../vocab_editor_table.py" line="151"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="317"/>
        <source>Wortliste speichern</source>
        <translation>Save word list</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="317"/>
        <location filename="../vocab_editor.py" line="398"/>
        <source>Wortlisten (*.json)</source>
        <translation>Word lists (*.json)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="325"/>
        <source>Liste „{name}“ gespeichert.</source>
        <translation>List &apos;{name}&apos; saved.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="333"/>
        <source>Andere Fassung la&amp;den</source>
        <translation>L&amp;oad the other version</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="334"/>
        <source>Zusammen&amp;führen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="335"/>
        <source>Unter anderem Na&amp;men speichern…</source>
        <translation>Save under another n&amp;ame…</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="340"/>
        <source>&amp;Jetzt erneut speichern</source>
        <translation>Save a&amp;gain now</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="344"/>
        <source>L&amp;okale Kopie speichern…</source>
        <translation>Save a local cop&amp;y…</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="357"/>
        <source>Die aktuelle Fassung von „{name}“ wurde geladen.</source>
        <translation>The current version of &apos;{name}&apos; has been loaded.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="369"/>
        <source>Zusammengeführt: die Fassung der anderen plus Ihre Änderungen ({added} übernommen, {removed} entfernt). Bitte prüfen und speichern.</source>
        <translation>Merged: the other version plus your changes ({added} taken over, {removed} removed). Please check and save.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="375"/>
        <source>Beide Seiten haben geändert: {terms}; Ihre Fassung gilt.</source>
        <translation>Both sides changed: {terms}; your version applies.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="390"/>
        <source>Ihre Fassung wurde als „{path}“ gespeichert. Die gemeinsame Liste ist unverändert.</source>
        <translation>Your version has been saved as &apos;{path}&apos;. The shared list is unchanged.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="398"/>
        <source>Kopie speichern</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="443"/>
        <source>Begriff trainieren</source>
        <translation>Train term</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="444"/>
        <source>Für „{term}“ sind gelernte Varianten angehakt, aber noch nicht übernommen: {variants}. Jetzt übernehmen?</source>
        <translation>Learnt variants of “{term}” are ticked but not applied yet: {variants}. Apply them now?</translation>
    </message>
    <message>
        <location filename="../vocab_editor_tools.py" line="66"/>
        <source>Kein Erkennungsmodell geladen: Begriffe können trainiert werden, sobald Diktat bereit ist (den Editor dann neu öffnen).</source>
        <translation>No recognition model loaded: terms can be trained once Diktat is ready (then reopen the editor).</translation>
    </message>
    <message>
        <location filename="../vocab_editor_tools.py" line="94"/>
        <source>„{term}“ steht nicht mehr an seiner Stelle in der Liste; die gelernten Varianten {variants} wurden nicht übernommen. Bitte den Begriff erneut trainieren.</source>
        <translation>&apos;{term}&apos; is no longer in its place in the list; the learned variants {variants} were not applied. Please train the term again.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_tools.py" line="101"/>
        <source>Für „{term}“ gelernt: {variants} (noch nicht gespeichert).</source>
        <translation>Learned for &apos;{term}&apos;: {variants} (not saved yet).</translation>
    </message>
    <message>
        <location filename="../vocab_editor_tools.py" line="126"/>
        <source>gesprochene Variante</source>
        <translation>spoken variant</translation>
    </message>
    <message>
        <location filename="../vocab_editor_tools.py" line="127"/>
        <source>gleiche Buchstaben</source>
        <translation>same letters</translation>
    </message>
    <message>
        <location filename="../vocab_editor_tools.py" line="128"/>
        <source>gebeugte Form</source>
        <translation>inflected form</translation>
    </message>
    <message>
        <location filename="../vocab_editor_tools.py" line="129"/>
        <source>ähnlicher Klang</source>
        <translation>similar sound</translation>
    </message>
    <message>
        <location filename="../vocab_editor_tools.py" line="134"/>
        <source>{spoken} → {written} ({rule}, {score})</source>
        <translation>{spoken} → {written} ({rule}, {score})</translation>
    </message>
    <message>
        <location filename="../vocab_editor_tools.py" line="140"/>
        <source>Keine Änderung.</source>
        <translation>No change.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_recall.py" line="55"/>
        <source>{n} Aufnahmen mit bekanntem Text.</source>
        <translation>{n} recordings with known text.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_recall.py" line="62"/>
        <source>Aufnahmen wählen</source>
        <translation>Select recordings</translation>
    </message>
    <message>
        <location filename="../vocab_editor_recall.py" line="63"/>
        <source>Aufnahmen und Transkripte ({patterns});;Alle Dateien (*)</source>
        <translation>Recordings and transcripts ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../vocab_editor_recall.py" line="104"/>
        <source>Erkennungsmodell wird geladen …</source>
        <translation>Loading the recognition model …</translation>
    </message>
    <message>
        <location filename="../vocab_editor_recall.py" line="113"/>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location filename="../vocab_editor_recall.py" line="118"/>
        <source>Aufnahme {i} von {n}: {name}</source>
        <translation>Recording {i} of {n}: {name}</translation>
    </message>
    <message>
        <location filename="../vocab_editor_recall.py" line="125"/>
        <source>{found} von {expected}</source>
        <translation>{found} of {expected}</translation>
    </message>
    <message>
        <location filename="../vocab_editor_recall.py" line="129"/>
        <source>Erwartet: {text}</source>
        <translation>Expected: {text}</translation>
    </message>
    <message>
        <location filename="../vocab_editor_recall.py" line="149"/>
        <source>Test fehlgeschlagen.</source>
        <translation>Test failed.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_recall.py" line="150"/>
        <source>Test abgebrochen.</source>
        <translation>Test cancelled.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_recall.py" line="153"/>
        <source>Test beendet.</source>
        <translation>Test finished.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_recall.py" line="155"/>
        <source>In den bekannten Texten kommt kein Begriff dieser Liste vor.</source>
        <translation>None of this list&apos;s terms occurs in the known texts.</translation>
    </message>
    <message>
        <location filename="../vocab_editor_recall.py" line="159"/>
        <source>Begriffe richtig erkannt: {found} von {expected} ({percent} %).</source>
        <translation>Terms recognised correctly: {found} of {expected} ({percent} %).</translation>
    </message>
    <message>
        <location filename="../vocab_editor_tools.py" line="198"/>
        <source>{n} Vorschläge in die Liste „{list}“ übernommen (noch nicht gespeichert).</source>
        <translation>{n} suggestions added to the list &apos;{list}&apos; (not saved yet).</translation>
    </message>
    <message>
        <location filename="../vocab_editor_tools.py" line="212"/>
        <source>Die Ablehnung konnte nicht in „{folder}“ vermerkt werden: {reason}</source>
        <translation>The rejection could not be recorded in &apos;{folder}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../vocab_editor_tools.py" line="218"/>
        <source>{n} Vorschläge abgelehnt.</source>
        <translation>{n} suggestions rejected.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="452"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="453"/>
        <source>Die Listen {names} haben ungespeicherte Änderungen. Jetzt speichern?</source>
        <translation>The lists {names} have unsaved changes. Save now?</translation>
    </message>
</context>
<context>
    <name>VocabularyTableModel</name>
    <message>
        <location filename="../vocab_models.py" line="56"/>
        <source>Organisation</source>
        <extracomment>The categories an entry may have (or none); others are flagged by :func:`validate_entries`.</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="57"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="58"/>
        <source>Persönlich</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="96"/>
        <source>Begriff fehlt.</source>
        <translation>Term missing.</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="100"/>
        <source>Unbekannte Kategorie „{category}“; möglich sind: {known}.</source>
        <translation>Unknown category &apos;{category}&apos;; possible are: {known}.</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="107"/>
        <source>„{term}“ steht mehrfach in der Liste.</source>
        <translation>&apos;{term}&apos; is in the list more than once.</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="126"/>
        <source>„{spoken}“ steht auch bei „{other}“.</source>
        <translation>&apos;{spoken}&apos; is also listed for &apos;{other}&apos;.</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="145"/>
        <source>„{spoken}“ ergibt in der Liste „{list}“ „{other}“; es gilt die Liste „{winner}“.</source>
        <translation>&apos;{spoken}&apos; gives &apos;{other}&apos; in the list &apos;{list}&apos;; the list &apos;{winner}&apos; applies.</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="297"/>
        <source>Gesprochene Varianten und typische Verhörer; mehrere mit „|“ trennen.</source>
        <extracomment>Emitted after any change of the entries (edit, insert, removal, reset).</extracomment>
        <translation>Spoken variants and typical mishearings; separate several with &apos;|&apos;.</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="302"/>
        <source>Begriff</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="303"/>
        <source>Gesprochen</source>
        <translation>Spoken</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="304"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="305"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="306"/>
        <source>Hinweis</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="335"/>
        <source>Mehrere gesprochene Varianten mit „|“ trennen.</source>
        <translation>Separate several spoken variants with &apos;|&apos;.</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="337"/>
        <source>Gelernt (so verhört die Erkennung den Begriff): {variants}</source>
        <translation>Learned (how the recogniser mishears the term): {variants}</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../worker.py" line="88"/>
        <source>Das Spracherkennungsmodell konnte nicht geladen werden. Einzelheiten stehen in der Protokolldatei.</source>
        <translation>The speech recognition model could not be loaded. Details are in the log file.</translation>
    </message>
    <message>
        <location filename="../worker.py" line="126"/>
        <source>Die Aufnahme wurde unerwartet beendet. Der bisher erkannte Text bleibt erhalten.</source>
        <translation>The recording ended unexpectedly. The text recognised so far is kept.</translation>
    </message>
    <message>
        <location filename="../worker.py" line="181"/>
        <source>Die Audiodatei konnte nicht verschriftet werden. Einzelheiten stehen in der Protokolldatei.</source>
        <translation>The audio file could not be transcribed. Details are in the log file.</translation>
    </message>
</context>
<context>
    <name>_PathField</name>
    <message>
        <location filename="../settings_dialog.py" line="47"/>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="48"/>
        <source>Durchsuchen: {what}</source>
        <translation>Browse: {what}</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="49"/>
        <source>Öffnet einen Dateiauswahldialog</source>
        <translation>Opens a file dialog</translation>
    </message>
</context>
</TS>
