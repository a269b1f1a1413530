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
        <location filename="../vocab_models.py" line="382"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>DictationEditor</name>
    <message>
        <location filename="../editor.py" line="60"/>
        <source>Vermerktext</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../editor.py" line="63"/>
        <source>Der diktierte Text erscheint an der Schreibmarke. Vorläufig erkannter Text ist grau, kursiv und gepunktet unterstrichen, bis er feststeht.</source>
        <translation>Dictated text appears at the cursor. Provisionally recognised text is grey, italic and dotted-underlined until it is final.</translation>
    </message>
    <message>
        <location filename="../editor.py" line="68"/>
        <source>Aufnahme mit F9 starten oder hier schreiben. Diktierter Text erscheint an der Schreibmarke.</source>
        <translation>Press F9 to start recording, or type here. Dictated text appears at the cursor.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../history_dialog.py" line="34"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="40"/>
        <source>Kundennummer, Betreff oder Wörter aus dem Text</source>
        <translation>Customer number, subject or words from the text</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="41"/>
        <source>Verlauf durchsuchen</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="42"/>
        <source>&amp;Suchen:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="48"/>
        <source>Gefundene Vermerke</source>
        <translation>Notes found</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="49"/>
        <source>Eingabetaste öffnet den gewählten Vermerk</source>
        <translation>Enter opens the selected note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="52"/>
        <source>Vorschau des gewählten Vermerks</source>
        <translation>Preview of the selected note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="56"/>
        <source>Suchergebnis</source>
        <translation>Search result</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="66"/>
        <source>&amp;Öffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="68"/>
        <source>Gewählten Vermerk öffnen</source>
        <translation>Open the selected note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="69"/>
        <source>Vermerk &amp;löschen</source>
        <translation>&amp;Delete note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="71"/>
        <source>Gewählten Vermerk löschen</source>
        <translation>Delete the selected note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="72"/>
        <source>Den gewählten Vermerk endgültig aus dem Verlauf löschen (Entf)</source>
        <translation>Delete the selected note from the history for good (Del)</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="77"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="78"/>
        <source>Verlauf schließen</source>
        <translation>Close the history</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="123"/>
        <source>Ein Vermerk gefunden</source>
        <translation>One note found</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="124"/>
        <source>{n} Vermerke gefunden</source>
        <translation>{n} notes found</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="127"/>
        <source>Keine Vermerke gefunden.</source>
        <translation>No notes found.</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="152"/>
        <source>Vermerk löschen</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="153"/>
        <source>Den Vermerk „{what}“ endgültig aus dem Verlauf löschen? Er kann nicht wiederhergestellt werden.</source>
        <translation>Delete the note &apos;{what}&apos; from the history for good? It cannot be restored.</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="167"/>
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
        <location filename="../main_window.py" line="135"/>
        <location filename="../main_window.py" line="550"/>
        <location filename="../main_window.py" line="566"/>
        <location filename="../main_window.py" line="973"/>
        <source>Diktat</source>
        <extracomment>Edits are saved to the draft this long after the last keystroke. Provisional text is saved to the draft at most this long after it changed (partials keep coming while someone speaks, so this timer is not restarted by each one).</extracomment>
        <translation>Diktat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191"/>
        <source>&amp;Aufnahme / Pause</source>
        <translation>&amp;Record / Pause</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>Aufnahme starten, anhalten oder fortsetzen (F9)</source>
        <translation>Start, pause or resume recording (F9)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194"/>
        <source>Aufnahme &amp;beenden</source>
        <translation>S&amp;top recording</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195"/>
        <source>Aufnahme beenden; Gesagtes wird übernommen (F10)</source>
        <translation>Stop recording; what was said is kept (F10)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="197"/>
        <source>&amp;Mikrofone neu suchen</source>
        <translation>&amp;Search for microphones again</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="198"/>
        <source>&amp;Neuer Vermerk</source>
        <translation>&amp;New note</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200"/>
        <source>Audiodatei &amp;öffnen …</source>
        <translation>&amp;Open audio file …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>Eine Aufnahme verschriften (Strg+O)</source>
        <translation>Transcribe a recording (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203"/>
        <source>Als &amp;Word speichern …</source>
        <translation>Save as &amp;Word …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205"/>
        <source>Vermerk als Word-Datei speichern (Strg+S)</source>
        <translation>Save the note as a Word file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206"/>
        <source>Als &amp;Text speichern …</source>
        <translation>Save as &amp;text …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>Vermerk &amp;abschließen</source>
        <translation>&amp;Finish note</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="210"/>
        <source>Vermerk im Verlauf speichern und neuen beginnen</source>
        <translation>Save the note in the history and start a new one</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="211"/>
        <source>&amp;Verlauf …</source>
        <translation>&amp;History …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="212"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="213"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="465"/>
        <source>Ein alter Vermerk wurde aus dem Verlauf gelöscht.</source>
        <translation>One old note was deleted from the history.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="466"/>
        <source>{n} alte Vermerke wurden aus dem Verlauf gelöscht.</source>
        <translation>{n} old notes were deleted from the history.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="535"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="217"/>
        <source>Letzte Äußerung &amp;streichen</source>
        <translation>&amp;Strike last utterance</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="215"/>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="219"/>
        <source>Wie „streiche das“: entfernt den zuletzt diktierten Satzteil</source>
        <translation>Like saying “streiche das”: removes the last dictated phrase</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="221"/>
        <source>Text &amp;kopieren</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>Vermerktext in die Zwischenablage (Strg+Umschalt+C)</source>
        <translation>Note text to the clipboard (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223"/>
        <source>Vermerk mit Kopf&amp;daten kopieren</source>
        <translation>Copy note with &amp;header</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225"/>
        <source>In vorheriges &amp;Fenster einfügen</source>
        <translation>&amp;Paste into previous window</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="227"/>
        <source>Text in das zuvor aktive Programm einfügen (Strg+Umschalt+V)</source>
        <translation>Paste the text into the previously active program (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231"/>
        <source>&amp;Vokabular bearbeiten …</source>
        <translation>Edit &amp;vocabulary …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232"/>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="234"/>
        <source>Ü&amp;ber Diktat</source>
        <translation>&amp;About Diktat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <source>Vermerk&amp;text:</source>
        <translation>Note te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <location filename="../main_window.py" line="606"/>
        <source>&amp;Aufnahme</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <location filename="../main_window.py" line="585"/>
        <location filename="../main_window.py" line="608"/>
        <source>Aufnahme</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>Startet die Aufnahme vom Mikrofon; F9 startet, pausiert und setzt fort</source>
        <translation>Starts recording from the microphone; F9 starts, pauses and resumes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261"/>
        <source>Hält die Aufnahme an; das bisher Gesagte wird übernommen (F9)</source>
        <translation>Pauses the recording; what was said so far is kept (F9)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>&amp;Stopp</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>Stopp</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="266"/>
        <source>Beendet die Aufnahme; das bisher Gesagte wird übernommen (F10)</source>
        <translation>Stops the recording; what was said so far is kept (F10)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="269"/>
        <source>Mikrofon</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="270"/>
        <source>Eingabegerät für die Aufnahme</source>
        <translation>Input device for recording</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="274"/>
        <source>&amp;Mikrofon:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="277"/>
        <source>Pegel:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="278"/>
        <source>Pegel</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>In &amp;Zwischenablage</source>
        <translation>To clip&amp;board</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>Text kopieren</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282"/>
        <source>Kopiert den Vermerktext in die Zwischenablage (Strg+Umschalt+C)</source>
        <translation>Copies the note text to the clipboard (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="284"/>
        <source>In vorheriges Fenster einfü&amp;gen</source>
        <translation>Paste i&amp;nto previous window</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="285"/>
        <source>In vorheriges Fenster einfügen</source>
        <translation>Paste into previous window</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="286"/>
        <source>Fügt den Text in das zuletzt benutzte Programm ein (Strg+Umschalt+V)</source>
        <translation>Pastes the text into the program used last (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="288"/>
        <source>Als &amp;Word speichern</source>
        <translation>Save as &amp;Word</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="288"/>
        <location filename="../main_window.py" line="1137"/>
        <source>Als Word speichern</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289"/>
        <source>Speichert den Vermerk als Word-Datei (Strg+S)</source>
        <translation>Saves the note as a Word file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="291"/>
        <source>Vermerk abschließe&amp;n</source>
        <translation>F&amp;inish note</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="291"/>
        <source>Vermerk abschließen</source>
        <translation>Finish note</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="292"/>
        <source>Speichert den Vermerk im Verlauf und beginnt einen neuen (Strg+Eingabe)</source>
        <translation>Saves the note in the history and starts a new one (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="347"/>
        <source>D&amp;iktat</source>
        <translation>&amp;Dictation</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="352"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="355"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="362"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="364"/>
        <source>Aktives Modell</source>
        <translation>Active model</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="366"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="370"/>
        <location filename="../main_window.py" line="705"/>
        <source>Hinweis zum Vokabular</source>
        <translation>Vocabulary notice</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="374"/>
        <source>Widersprüche im Vokabular</source>
        <translation>Vocabulary conflicts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="447"/>
        <source>Nicht alle Einstellungen konnten gelesen werden.</source>
        <translation>Not all settings could be read.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="482"/>
        <source>Einige Entwürfe sind beschädigt und wurden beiseitegelegt.</source>
        <translation>Some drafts are damaged and were set aside.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489"/>
        <source>Entwurf wiederhergestellt</source>
        <translation>Draft restored</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="492"/>
        <source>Entwurf wiederhergestellt, mit dem vorläufig erkannten Text – bitte prüfen</source>
        <translation>Draft restored, with the provisionally recognised text – please check</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="517"/>
        <source>Es gibt einen nicht abgeschlossenen Vermerk vom {when}.</source>
        <translation>There is an unfinished note from {when}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="518"/>
        <source>Kundennummer: {0}</source>
        <translation>Customer number: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="519"/>
        <source>Betreff: {0}</source>
        <translation>Subject: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="520"/>
        <source>{0} Zeichen Text</source>
        <translation>{0} characters of text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="521"/>
        <source>Entwurf wiederherstellen?</source>
        <translation>Restore draft?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="525"/>
        <source>Dazu vorläufig erkannter Text, der beim Abbruch noch nicht feststand: „{text}“</source>
        <translation>Also provisionally recognised text that was not final yet when it stopped: &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="529"/>
        <source>Möchten Sie ihn wiederherstellen?</source>
        <translation>Do you want to restore it?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="532"/>
        <source>Den vorläufig erkannten &amp;Text übernehmen</source>
        <translation>Include the provisionally recognised &amp;text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="536"/>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="537"/>
        <source>&amp;Später</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="543"/>
        <source>Den Entwurf endgültig löschen? Der Text geht verloren.</source>
        <translation>Delete the draft for good? The text will be lost.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="564"/>
        <location filename="../main_window.py" line="565"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="565"/>
        <location filename="../main_window.py" line="592"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="582"/>
        <source>Modell wird geladen …</source>
        <translation>Loading model …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="583"/>
        <source>Fehler: kein Modell geladen</source>
        <translation>Error: no model loaded</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="584"/>
        <source>Bereit</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="586"/>
        <source>Aufnahme wird angehalten …</source>
        <translation>Pausing recording …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="587"/>
        <source>Pausiert</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="588"/>
        <source>Aufnahme wird beendet …</source>
        <translation>Stopping recording …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="589"/>
        <source>Audiodatei wird verschriftet …</source>
        <translation>Transcribing audio file …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="605"/>
        <source>&amp;Fortsetzen</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="607"/>
        <source>Fortsetzen</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="634"/>
        <source>Modell: {name} ({device})</source>
        <translation>Model: {name} ({device})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="636"/>
        <source>Aktives Modell: {name} ({device})</source>
        <translation>Active model: {name} ({device})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="647"/>
        <source>Nicht alle Vokabularlisten konnten gelesen werden.</source>
        <translation>Not all vocabulary lists could be read.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="652"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="652"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="653"/>
        <source>persönlich</source>
        <translation>personal</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="659"/>
        <source>Liste {name}, {file}</source>
        <translation>list {name}, {file}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="660"/>
        <source>Liste {name}</source>
        <translation>list {name}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="665"/>
        <source> und </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="666"/>
        <source>„{term}“ ({list})</source>
        <translation>&apos;{term}&apos; ({list})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="668"/>
        <source>Gesprochen „{spoken}“ ergibt {spellings}; es gilt „{used}“.</source>
        <translation>Spoken &apos;{spoken}&apos; gives {spellings}; &apos;{used}&apos; is used.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="682"/>
        <source>⚠ Vokabular: 1 Widerspruch</source>
        <translation>⚠ Vocabulary: 1 conflict</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="683"/>
        <source>⚠ Vokabular: {n} Widersprüche</source>
        <translation>⚠ Vocabulary: {n} conflicts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="685"/>
        <source>… und {n} weitere</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="687"/>
        <source>Widersprüche zwischen den Wortlisten:</source>
        <translation>Conflicts between the word lists:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="688"/>
        <source>Klicken öffnet den Vokabular-Editor; dort nennt die Spalte „Hinweis“ die betroffenen Einträge.</source>
        <translation>Click to open the vocabulary editor; its column &apos;Issue&apos; names the entries concerned.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="693"/>
        <source>Widersprüche im Vokabular: {n}</source>
        <translation>Vocabulary conflicts: {n}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="694"/>
        <source>Widerspruch im Vokabular: {0}</source>
        <translation>Vocabulary conflict: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="708"/>
        <source>⚠ Vokabular: lokale Kopie</source>
        <translation>⚠ Vocabulary: local copy</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="712"/>
        <source>Hinweis zum Vokabular: {0}</source>
        <translation>Vocabulary notice: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="717"/>
        <source>Modell wird beim ersten Start eingerichtet …</source>
        <translation>Setting up the model on first start …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="735"/>
        <location filename="../main_window.py" line="738"/>
        <source>Kein Mikrofon gefunden</source>
        <translation>No microphone found</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="744"/>
        <source> (Standard)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="759"/>
        <source>Kein Mikrofon gefunden: die Liste der Audiogeräte ließ sich nicht abfragen.</source>
        <translation>No microphone found: the list of audio devices could not be read.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="762"/>
        <source>Kein Mikrofon gefunden: das System meldet 0 Eingabegeräte.</source>
        <translation>No microphone found: the system reports 0 input devices.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="763"/>
        <source>Bitte schließen Sie ein Mikrofon an (und geben Sie es in den Datenschutz-Einstellungen des Systems frei). Wählen Sie dann „Diktat → Mikrofone neu suchen“.</source>
        <translation>Please connect a microphone (and allow access in the system&apos;s privacy settings). Then choose &apos;Dictation → Search for microphones again&apos;.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="784"/>
        <source>Bitte warten: Das Modell wird noch geladen.</source>
        <translation>Please wait: the model is still loading.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="831"/>
        <source>Audiodatei öffnen</source>
        <translation>Open audio file</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="832"/>
        <source>Audiodateien (*.wav *.mp3 *.m4a *.flac *.ogg *.opus *.webm);;Alle Dateien (*)</source>
        <translation>Audio files (*.wav *.mp3 *.m4a *.flac *.ogg *.opus *.webm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="838"/>
        <source>„{name}“ wird verschriftet …</source>
        <translation>Transcribing “{name}” …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="839"/>
        <location filename="../main_window.py" line="980"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="840"/>
        <source>Audiodatei verschriften</source>
        <translation>Transcribe audio file</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="841"/>
        <source>Fortschritt der Verschriftung</source>
        <translation>Transcription progress</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="869"/>
        <source>Audiodatei verschriftet</source>
        <translation>Audio file transcribed</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="871"/>
        <source>In der Audiodatei wurde keine Sprache erkannt.</source>
        <translation>No speech was recognised in the audio file.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="877"/>
        <source>Verschriftung abgebrochen; nichts eingefügt.</source>
        <translation>Transcription cancelled; nothing inserted.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="923"/>
        <source>Entwurf konnte nicht gesichert werden!</source>
        <translation>The draft could not be saved!</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="974"/>
        <source>Der aktuelle Vermerk ist noch nicht abgeschlossen.</source>
        <translation>The current note is not finished yet.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="976"/>
        <source>Soll er jetzt abgeschlossen (im Verlauf gespeichert) oder als Entwurf behalten werden?</source>
        <translation>Finish it now (save it in the history) or keep it as a draft?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="978"/>
        <source>&amp;Abschließen</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="979"/>
        <source>Als &amp;Entwurf behalten</source>
        <translation>Keep as &amp;draft</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="992"/>
        <source>Bitte beenden Sie zuerst die Aufnahme (F10).</source>
        <translation>Please stop the recording first (F10).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1003"/>
        <source>Den Vermerk trotzdem abschließen?</source>
        <translation>Finish the note anyway?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1014"/>
        <source>Vermerk im Verlauf gespeichert</source>
        <translation>Note saved in the history</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1046"/>
        <source>Vermerk aus dem Verlauf geöffnet</source>
        <translation>Note opened from the history</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1062"/>
        <location filename="../main_window.py" line="1082"/>
        <source>Von der IT nicht freigegeben</source>
        <translation>Not permitted by IT</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1094"/>
        <source>Text in die Zwischenablage kopiert</source>
        <translation>Text copied to the clipboard</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1103"/>
        <source>Vermerk mit Kopfdaten kopiert</source>
        <translation>Note copied with header</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1117"/>
        <source>Text eingefügt</source>
        <translation>Text pasted</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1139"/>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1148"/>
        <location filename="../main_window.py" line="1167"/>
        <source>Gespeichert: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1156"/>
        <source>Als Text speichern</source>
        <translation>Save as text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1158"/>
        <source>Textdatei (*.txt)</source>
        <translation>Text file (*.txt)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1202"/>
        <source>Die Sprache der Oberfläche ändert sich beim nächsten Start.</source>
        <translation>The interface language changes at the next start.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1216"/>
        <source>Der Vokabular-Editor ist in dieser Version noch nicht verfügbar. Vokabularlisten können in den Einstellungen gewählt werden.</source>
        <translation>The vocabulary editor is not available in this version yet. Vocabulary lists can be chosen in the settings.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1270"/>
        <source>Die Korrekturen konnten nicht ins Vokabular übernommen werden.</source>
        <translation>The corrections could not be added to the vocabulary.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1275"/>
        <source>{n} Korrektur(en) ins persönliche Vokabular übernommen</source>
        <translation>{n} correction(s) added to the personal vocabulary</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1298"/>
        <source>Tab / Umschalt+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1298"/>
        <source>Zum nächsten / vorigen Feld</source>
        <translation>To the next / previous field</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1303"/>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1308"/>
        <source>Über Diktat</source>
        <translation>About Diktat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1309"/>
        <source>Diktat {version}

Spracherkennung für Vermerke, vollständig auf diesem Computer. Es werden keine Daten übertragen und keine Tonaufnahmen gespeichert.</source>
        <translation>Diktat {version}

Speech recognition for case notes, entirely on this computer. No data is transmitted and no recordings are stored.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../vocab_editor.py" line="145"/>
        <source>Meldung</source>
        <extracomment>Delay after the last keystroke before &quot;Ausprobieren&quot; runs the pipeline (ms). Budget for the decoding bias in the recording test (tokens, as in the app).</extracomment>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="158"/>
        <source>A&amp;usblenden</source>
        <translation>Hi&amp;de</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="159"/>
        <source>Meldung ausblenden</source>
        <translation>Hide the message</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="199"/>
        <source>Hinweis:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="199"/>
        <source>Achtung:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="200"/>
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
        <location filename="../vocab_editor.py" line="266"/>
        <source>Das Erkennungsmodell konnte nicht geladen werden.</source>
        <translation>The recognition model could not be loaded.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="296"/>
        <source>Der Test an Aufnahmen ist fehlgeschlagen.</source>
        <translation>The test on recordings failed.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="88"/>
        <location filename="../settings_dialog.py" line="89"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="95"/>
        <source>&amp;Mitgeliefertes Modell (Whisper base)</source>
        <translation>&amp;Bundled model (Whisper base)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="96"/>
        <source>Mitgeliefertes Modell verwenden</source>
        <translation>Use the bundled model</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="97"/>
        <source>&amp;Eigenes Modell (Ordner):</source>
        <translation>&amp;Own model (folder):</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="98"/>
        <source>Eigenes Modell aus einem Ordner verwenden</source>
        <translation>Use your own model from a folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="102"/>
        <source>Modellordner wählen</source>
        <translation>Choose model folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="103"/>
        <source>Ordner des eigenen Modells</source>
        <translation>Folder of your own model</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="104"/>
        <source>Ordner mit model.bin (CTranslate2)</source>
        <translation>Folder with model.bin (CTranslate2)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="114"/>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="115"/>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="116"/>
        <source>Sprache der Spracherkennung</source>
        <translation>Language of speech recognition</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="119"/>
        <source>Sprache des Systems</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="122"/>
        <source>Sprache der Oberfläche</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="123"/>
        <source>Wird nach einem Neustart wirksam</source>
        <translation>Takes effect after a restart</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Standard-Mikrofon des Systems</source>
        <translation>System default microphone</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129"/>
        <source>Mikrofon</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="131"/>
        <source>Aufnahmen spei&amp;chern</source>
        <translation>Save &amp;recordings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="132"/>
        <source>Aufnahmen speichern</source>
        <translation>Save recordings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="134"/>
        <source>Standardmäßig aus: Diktat speichert keine Tonaufnahmen.</source>
        <translation>Off by default: Diktat stores no audio recordings.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="137"/>
        <source>Spracherkennung</source>
        <translation>Speech recognition</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140"/>
        <source>Modell:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="142"/>
        <source>&amp;Sprache beim Diktieren:</source>
        <translation>Dictation &amp;language:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="143"/>
        <source>Spr&amp;ache der Oberfläche:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="144"/>
        <source>M&amp;ikrofon:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="148"/>
        <source>Vokabularlisten (*.json *.csv);;Alle Dateien (*)</source>
        <translation>Vocabulary lists (*.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="149"/>
        <source>Liste der Organisation wählen</source>
        <translation>Choose the organisation’s list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="150"/>
        <source>Vokabularliste der Organisation</source>
        <translation>Vocabulary list of the organisation</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="151"/>
        <source>z. B. Netzlaufwerk der Organisation</source>
        <translation>e.g. the organisation’s network share</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="152"/>
        <source>Liste des Teams wählen</source>
        <translation>Choose the team’s list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="153"/>
        <source>Vokabularliste des Teams</source>
        <translation>Vocabulary list of the team</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="154"/>
        <source>Persönliche Liste wählen</source>
        <translation>Choose your personal list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="155"/>
        <source>Persönliche Vokabularliste</source>
        <translation>Personal vocabulary list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="156"/>
        <source>Ordner für Vorschläge wählen</source>
        <translation>Choose the folder for suggestions</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="157"/>
        <source>Gemeinsamer Ordner für Vorschläge</source>
        <translation>Shared folder for suggestions</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="159"/>
        <source>Korrekturvorschläge für das Team; leer = nicht geteilt</source>
        <translation>Correction suggestions for the team; empty = not shared</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>Bearbeiten erlaubt</source>
        <translation>Editing allowed</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="161"/>
        <source>Vokabular</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="164"/>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="165"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="166"/>
        <source>&amp;Persönlich:</source>
        <translation>&amp;Personal:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="167"/>
        <source>Vorschlä&amp;ge-Ordner:</source>
        <translation>Suggestion &amp;folder:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="169"/>
        <source>Bearbeiten erlaubt:</source>
        <translation>Editing allowed:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="173"/>
        <source>Export-Ordner wählen</source>
        <translation>Choose export folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="174"/>
        <source>Export-Ordner</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="175"/>
        <source>Standard: Ordner „Dokumente“</source>
        <translation>Default: the “Documents” folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="176"/>
        <source>Word-Vorlage wählen</source>
        <translation>Choose Word template</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="177"/>
        <source>Word-Vorlagen (*.docx *.dotx)</source>
        <translation>Word templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="178"/>
        <source>Word-Vorlage</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="179"/>
        <source>Standard: mitgelieferte Vorlage</source>
        <translation>Default: the bundled template</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="182"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="183"/>
        <source>Aufbewahrungsdauer des Verlaufs in Tagen</source>
        <translation>How long the history is kept, in days</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="185"/>
        <source>Abgeschlossene Vermerke werden danach aus dem lokalen Verlauf gelöscht</source>
        <translation>Finished notes are then deleted from the local history</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="187"/>
        <source>Erlaubte Exportwege</source>
        <translation>Allowed exports</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="188"/>
        <source>Export und Verlauf</source>
        <translation>Export and history</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="191"/>
        <source>E&amp;xport-Ordner:</source>
        <translation>E&amp;xport folder:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="192"/>
        <source>&amp;Word-Vorlage:</source>
        <translation>&amp;Word template:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="193"/>
        <source>Erlaubte Exportwege:</source>
        <translation>Allowed exports:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="194"/>
        <source>&amp;Verlauf aufbewahren:</source>
        <translation>Keep &amp;history for:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="211"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="212"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="233"/>
        <source>Von der IT festgelegt</source>
        <translation>Set by IT</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="234"/>
        <source>Gesperrt: von der IT festgelegt</source>
        <translation>Locked: set by IT</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="267"/>
        <source>persönliche Liste</source>
        <translation>personal list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="267"/>
        <source>Teamliste</source>
        <translation>team list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="268"/>
        <source>Organisationsliste</source>
        <translation>organisation list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="270"/>
        <source>Zwischenablage</source>
        <translation>clipboard</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="271"/>
        <source>Einfügen in ein anderes Programm</source>
        <translation>pasting into another program</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="272"/>
        <source>Word-Datei</source>
        <translation>Word file</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="272"/>
        <source>Textdatei</source>
        <translation>text file</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="274"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="303"/>
        <source>Von der IT festgelegt; kann hier nicht geändert werden.</source>
        <translation>Set by IT; cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="304"/>
        <source>Kann nur die IT in den Maschinen-Einstellungen ändern (Standard).</source>
        <translation>Only IT can change this, in the machine-wide settings (default).</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../suggestions_dialog.py" line="32"/>
        <source>Korrekturen ins Vokabular übernehmen?</source>
        <translation>Add corrections to the vocabulary?</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="34"/>
        <source>Sie haben erkannte Wörter korrigiert. Angehakte Korrekturen kommen in Ihr persönliches Vokabular, damit Diktat sie künftig richtig schreibt.</source>
        <translation>You corrected recognised words. Ticked corrections go into your personal vocabulary so that Diktat writes them correctly from now on.</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="39"/>
        <source>Korrekturen</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="41"/>
        <source>„{spoken}“ → „{term}“</source>
        <translation>“{spoken}” → “{term}”</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="50"/>
        <source>Ü&amp;bernehmen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="51"/>
        <source>Angehakte Korrekturen übernehmen</source>
        <translation>Add the ticked corrections</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="52"/>
        <source>&amp;Nicht jetzt</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="53"/>
        <source>Keine Korrektur übernehmen</source>
        <translation>Add no correction</translation>
    </message>
    <message>
        <location filename="../suggestions_dialog.py" line="66"/>
        <source>Persönlich</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>VocabularyEditor</name>
    <message>
        <location filename="../vocab_editor.py" line="365"/>
        <source>Wortlisten bearbeiten – Diktat</source>
        <translation>Edit word lists – Diktat</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="367"/>
        <source>Wortlisten bearbeiten</source>
        <translation>Edit word lists</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="400"/>
        <source>nur lesen – von der IT festgelegt</source>
        <translation>read-only – set by IT</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="411"/>
        <location filename="../vocab_editor.py" line="835"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="413"/>
        <source>nur lesen – mit Diktat ausgeliefert</source>
        <translation>read-only – shipped with Diktat</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="418"/>
        <location filename="../vocab_editor.py" line="449"/>
        <source>Meine Begriffe</source>
        <translation>My terms</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="419"/>
        <location filename="../vocab_editor.py" line="835"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="431"/>
        <source>nur lesen – die Datei enthält fehlerhafte Zeilen</source>
        <translation>read-only – the file contains faulty lines</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="437"/>
        <source>nur lesen – die Datei konnte nicht gelesen werden</source>
        <translation>read-only – the file could not be read</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="441"/>
        <source>Der Ordner „{folder}“ ist nicht erreichbar; die Liste „{name}“ wird nur lesend und leer angezeigt. Bitte die Netzwerkverbindung prüfen und den Editor neu öffnen.</source>
        <translation>The folder &apos;{folder}&apos; cannot be reached; the list &apos;{name}&apos; is shown read-only and empty. Please check the network connection and open the editor again.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="447"/>
        <source>nur lesen – Speicherort nicht erreichbar</source>
        <translation>read-only – storage location not reachable</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="465"/>
        <source>&amp;Wortliste:</source>
        <translation>&amp;Word list:</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="467"/>
        <source>Wortliste</source>
        <translation>Word list</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="469"/>
        <source>Welche Liste bearbeitet wird: Organisation, Team oder persönlich.</source>
        <translation>Which list is being edited: organisation, team or personal.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="478"/>
        <source>Schreibschutz</source>
        <translation>Write protection</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="487"/>
        <source>Bereiche</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="488"/>
        <source>&amp;Einträge</source>
        <translation>&amp;Entries</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="489"/>
        <source>An Aufnahmen &amp;testen</source>
        <translation>Test on &amp;recordings</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="490"/>
        <source>&amp;Vorschläge</source>
        <translation>S&amp;uggestions</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="503"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="504"/>
        <source>Alle geänderten Listen speichern (Strg+S)</source>
        <translation>Save all changed lists (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="506"/>
        <source>S&amp;chließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="507"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="512"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="531"/>
        <source>Suc&amp;hen:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="535"/>
        <source>Begriff, gesprochene Variante, Kategorie oder Notiz</source>
        <translation>Term, spoken variant, category or note</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="536"/>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="538"/>
        <source>Zeigt nur Einträge, die den Suchtext in einer Spalte enthalten.</source>
        <translation>Shows only entries that contain the search text in one of their columns.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="565"/>
        <source>Einträge der Wortliste</source>
        <translation>Entries of the word list</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="567"/>
        <location filename="../vocab_editor.py" line="890"/>
        <source>Einfg: neuer Eintrag, F2: bearbeiten, Entf: löschen. Spalte „Hinweis“ nennt Probleme.</source>
        <translation>Insert: new entry, F2: edit, Delete: delete. The column &apos;Issue&apos; names problems.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="579"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="580"/>
        <source>Neuen Eintrag anlegen (Einfg)</source>
        <translation>Add a new entry (Insert)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="581"/>
        <source>&amp;Bearbeiten</source>
        <translation>Ed&amp;it</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="583"/>
        <source>Ausgewählte Zelle bearbeiten (F2)</source>
        <translation>Edit the selected cell (F2)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="584"/>
        <source>&amp;Löschen</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="586"/>
        <source>Ausgewählte Einträge löschen (Entf)</source>
        <translation>Delete the selected entries (Delete)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="591"/>
        <source>CSV &amp;importieren…</source>
        <translation>Im&amp;port CSV…</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="592"/>
        <source>Einträge aus einer CSV-Datei (Excel) hinzufügen</source>
        <translation>Add entries from a CSV file (Excel)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="593"/>
        <source>CSV e&amp;xportieren…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="594"/>
        <source>Diese Liste als CSV-Datei (Excel) speichern</source>
        <translation>Save this list as a CSV file (Excel)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="595"/>
        <source>Nächstes &amp;Problem</source>
        <translation>Next pro&amp;blem</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="596"/>
        <source>Zum nächsten Eintrag mit Hinweis gehen</source>
        <translation>Go to the next entry with an issue</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="614"/>
        <source>Prüfung der Liste</source>
        <translation>Check of the list</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="619"/>
        <location filename="../vocab_editor.py" line="620"/>
        <source>Ausprobieren</source>
        <translation>Try it out</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="623"/>
        <source>Einen Satz eingeben, wie die Erkennung ihn liefern könnte. Angezeigt wird, was die Wortlisten (mit den ungespeicherten Änderungen) daraus machen.</source>
        <translation>Type a sentence as the recognition might deliver it. Shown is what the word lists (with the unsaved changes) make of it.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="628"/>
        <source>&amp;Ausprobieren:</source>
        <translation>&amp;Try it:</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="630"/>
        <source>Satz zum Ausprobieren</source>
        <translation>Sentence to try out</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="631"/>
        <source>z. B. Antrag auf Bürger Geld nach SGB zwei</source>
        <translation>e.g. Antrag auf Bürger Geld nach SGB zwei</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="637"/>
        <source>Ergebnis:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="644"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="649"/>
        <source>Änderungen (gesprochen → geschrieben, Regel, Wert):</source>
        <translation>Changes (spoken → written, rule, score):</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="652"/>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="670"/>
        <source>Aufnahmen mit bekanntem Text wählen: daneben eine .txt-Datei mit gleichem Namen oder eine TSV-Datei „Datei⇥Text“ im selben Ordner (oder die TSV-Datei selbst wählen). Die Aufnahmen werden mit den Begriffen dieser Liste erkannt; gezählt wird, wie viele ihrer Begriffe richtig geschrieben herauskommen.</source>
        <translation>Select recordings with known text: next to each a .txt file with the same name, or a TSV file &apos;file⇥text&apos; in the same folder (or select the TSV file itself). The recordings are recognised with the terms of this list; what counts is how many of its terms come out spelled correctly.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="677"/>
        <source>Aufnahmen w&amp;ählen…</source>
        <translation>Se&amp;lect recordings…</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="678"/>
        <source>Test sta&amp;rten</source>
        <translation>Start &amp;test</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="679"/>
        <source>Ab&amp;brechen</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="686"/>
        <source>Gewählte Auf&amp;nahmen:</source>
        <translation>C&amp;hosen recordings:</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="688"/>
        <source>Gewählte Aufnahmen</source>
        <translation>Chosen recordings</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="693"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="697"/>
        <source>Stand des Tests</source>
        <translation>Progress of the test</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="702"/>
        <source>Ergebnis des Tests</source>
        <translation>Result of the test</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="706"/>
        <source>Verpasster Begriff</source>
        <translation>Missed term</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="706"/>
        <location filename="../vocab_editor.py" line="740"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="708"/>
        <source>Verpasste Begriffe</source>
        <translation>Missed terms</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="714"/>
        <source>Aufnahme</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="714"/>
        <source>Begriffe</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="715"/>
        <source>Erkannter Text</source>
        <translation>Recognised text</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="717"/>
        <source>Ergebnis je Aufnahme</source>
        <translation>Result per recording</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="727"/>
        <source>Kein Erkennungsmodell verfügbar: der Test an Aufnahmen ist ausgeschaltet.</source>
        <translation>No recognition model available: the test on recordings is switched off.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="737"/>
        <source>Vorschläge aus &amp;Korrekturen:</source>
        <translation>Suggestions from correc&amp;tions:</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="739"/>
        <source>Gesprochen</source>
        <translation>Spoken</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="739"/>
        <source>Geschrieben</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="740"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="744"/>
        <source>Vorschläge</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="746"/>
        <source>Leertaste hakt einen Vorschlag an. Übernommen werden die angehakten, sonst die markierten Vorschläge.</source>
        <translation>Space ticks a suggestion. Approving takes the ticked suggestions, otherwise the selected ones.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="752"/>
        <source>&amp;Übernehmen</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="753"/>
        <source>A&amp;blehnen</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="754"/>
        <source>Neu &amp;laden</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="762"/>
        <source>Es ist kein Ordner für Vorschläge eingerichtet.</source>
        <translation>No folder for suggestions is set up.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="766"/>
        <source>Sie können keine Liste ändern; Vorschläge werden nur angezeigt.</source>
        <translation>You cannot change any list; suggestions are only shown.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="769"/>
        <source>Korrekturen, die Kolleginnen und Kollegen mehrfach gemacht haben. Nichts wird ohne Ihre Zustimmung gelernt: „Übernehmen“ fügt die gewählten Vorschläge der Liste „{list}“ hinzu (danach speichern).</source>
        <translation>Corrections that colleagues have made repeatedly. Nothing is learnt without your approval: &apos;Approve&apos; adds the chosen suggestions to the list &apos;{list}&apos; (then save).</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="836"/>
        <source>Persönlich</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="845"/>
        <source>(nur lesen)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="847"/>
        <source>(geändert)</source>
        <translation>(changed)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="889"/>
        <source>Nur lesen.</source>
        <translation>Read-only.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="925"/>
        <source>{n} Einträge</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="926"/>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="928"/>
        <source>{shown} von {n} Einträgen</source>
        <translation>{shown} of {n} entries</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="937"/>
        <source>{n} Einträge mit Hinweisen (Warnzeichen und Spalte „Hinweis“).</source>
        <translation>{n} entries with issues (warning sign and column &apos;Issue&apos;).</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="939"/>
        <source>1 Eintrag mit Hinweis (Warnzeichen und Spalte „Hinweis“).</source>
        <translation>1 entry with an issue (warning sign and column &apos;Issue&apos;).</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="942"/>
        <source>Keine Probleme gefunden.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1012"/>
        <source>{n} Einträge gelöscht (noch nicht gespeichert).</source>
        <translation>{n} entries deleted (not saved yet).</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1013"/>
        <source>1 Eintrag gelöscht (noch nicht gespeichert).</source>
        <translation>1 entry deleted (not saved yet).</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1043"/>
        <source>Importiert aus „{name}“: {added} neu, {replaced} ersetzt (noch nicht gespeichert).</source>
        <translation>Imported from &apos;{name}&apos;: {added} new, {replaced} replaced (not saved yet).</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1050"/>
        <source>… und {n} weitere Hinweise.</source>
        <translation>… and {n} more issues.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1063"/>
        <source>Exportiert nach „{path}“.</source>
        <translation>Exported to &apos;{path}&apos;.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1068"/>
        <source>CSV-Datei importieren</source>
        <translation>Import CSV file</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1069"/>
        <source>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</source>
        <translation>CSV files (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1075"/>
        <source>Als CSV exportieren</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1076"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1108"/>
        <source>Wortliste speichern</source>
        <translation>Save word list</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1109"/>
        <location filename="../vocab_editor.py" line="1221"/>
        <source>Wortlisten (*.json)</source>
        <translation>Word lists (*.json)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1134"/>
        <source>Liste „{name}“ gespeichert.</source>
        <translation>List &apos;{name}&apos; saved.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1142"/>
        <source>Andere Fassung la&amp;den</source>
        <translation>L&amp;oad the other version</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1143"/>
        <source>Zusammen&amp;führen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1144"/>
        <source>Unter anderem Na&amp;men speichern…</source>
        <translation>Save under another n&amp;ame…</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1149"/>
        <source>&amp;Jetzt erneut speichern</source>
        <translation>Save a&amp;gain now</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1153"/>
        <source>L&amp;okale Kopie speichern…</source>
        <translation>Save a local cop&amp;y…</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1170"/>
        <source>Die aktuelle Fassung von „{name}“ wurde geladen.</source>
        <translation>The current version of &apos;{name}&apos; has been loaded.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1187"/>
        <source>Zusammengeführt: die Fassung der anderen plus Ihre Änderungen ({added} übernommen, {removed} entfernt). Bitte prüfen und speichern.</source>
        <translation>Merged: the other version plus your changes ({added} taken over, {removed} removed). Please check and save.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1193"/>
        <source>Beide Seiten haben geändert: {terms}; Ihre Fassung gilt.</source>
        <translation>Both sides changed: {terms}; your version applies.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1213"/>
        <source>Ihre Fassung wurde als „{path}“ gespeichert. Die gemeinsame Liste ist unverändert.</source>
        <translation>Your version has been saved as &apos;{path}&apos;. The shared list is unchanged.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1221"/>
        <source>Kopie speichern</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1255"/>
        <source>gesprochene Variante</source>
        <translation>spoken variant</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1255"/>
        <source>gleiche Buchstaben</source>
        <translation>same letters</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1256"/>
        <source>gebeugte Form</source>
        <translation>inflected form</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1256"/>
        <source>ähnlicher Klang</source>
        <translation>similar sound</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1261"/>
        <source>{spoken} → {written} ({rule}, {score})</source>
        <translation>{spoken} → {written} ({rule}, {score})</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1267"/>
        <source>Keine Änderung.</source>
        <translation>No change.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1283"/>
        <source>{n} Aufnahmen mit bekanntem Text.</source>
        <translation>{n} recordings with known text.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1290"/>
        <source>Aufnahmen wählen</source>
        <translation>Select recordings</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1291"/>
        <source>Aufnahmen und Transkripte ({patterns});;Alle Dateien (*)</source>
        <translation>Recordings and transcripts ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1333"/>
        <source>Erkennungsmodell wird geladen …</source>
        <translation>Loading the recognition model …</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1342"/>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1347"/>
        <source>Aufnahme {i} von {n}: {name}</source>
        <translation>Recording {i} of {n}: {name}</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1354"/>
        <source>{found} von {expected}</source>
        <translation>{found} of {expected}</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1357"/>
        <source>Erwartet: {text}</source>
        <translation>Expected: {text}</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1377"/>
        <source>Test fehlgeschlagen.</source>
        <translation>Test failed.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1378"/>
        <source>Test abgebrochen.</source>
        <translation>Test cancelled.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1381"/>
        <source>Test beendet.</source>
        <translation>Test finished.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1384"/>
        <source>In den bekannten Texten kommt kein Begriff dieser Liste vor.</source>
        <translation>None of this list&apos;s terms occurs in the known texts.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1388"/>
        <source>Begriffe richtig erkannt: {found} von {expected} ({percent} %).</source>
        <translation>Terms recognised correctly: {found} of {expected} ({percent} %).</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1457"/>
        <source>{n} Vorschläge in die Liste „{list}“ übernommen (noch nicht gespeichert).</source>
        <translation>{n} suggestions added to the list &apos;{list}&apos; (not saved yet).</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1473"/>
        <source>Die Ablehnung konnte nicht in „{folder}“ vermerkt werden: {reason}</source>
        <translation>The rejection could not be recorded in &apos;{folder}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1477"/>
        <source>{n} Vorschläge abgelehnt.</source>
        <translation>{n} suggestions rejected.</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1499"/>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1500"/>
        <source>Die Listen {names} haben ungespeicherte Änderungen. Jetzt speichern?</source>
        <translation>The lists {names} have unsaved changes. Save now?</translation>
    </message>
</context>
<context>
    <name>VocabularyTableModel</name>
    <message>
        <location filename="../vocab_models.py" line="65"/>
        <source>Organisation</source>
        <extracomment>The categories an entry may have (or none); others are flagged by :func:`validate_entries`.</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="66"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="67"/>
        <source>Persönlich</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="105"/>
        <source>Begriff fehlt.</source>
        <translation>Term missing.</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="109"/>
        <source>Unbekannte Kategorie „{category}“; möglich sind: {known}.</source>
        <translation>Unknown category &apos;{category}&apos;; possible are: {known}.</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="116"/>
        <source>„{term}“ steht mehrfach in der Liste.</source>
        <translation>&apos;{term}&apos; is in the list more than once.</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="135"/>
        <source>„{spoken}“ steht auch bei „{other}“.</source>
        <translation>&apos;{spoken}&apos; is also listed for &apos;{other}&apos;.</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="154"/>
        <source>„{spoken}“ ergibt in der Liste „{list}“ „{other}“; es gilt die Liste „{winner}“.</source>
        <translation>&apos;{spoken}&apos; gives &apos;{other}&apos; in the list &apos;{list}&apos;; the list &apos;{winner}&apos; applies.</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="298"/>
        <source>Gesprochene Varianten und typische Verhörer; mehrere mit „|“ trennen.</source>
        <extracomment>Emitted after any change of the entries (edit, insert, removal, reset).</extracomment>
        <translation>Spoken variants and typical mishearings; separate several with &apos;|&apos;.</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="303"/>
        <source>Begriff</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="304"/>
        <source>Gesprochen</source>
        <translation>Spoken</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="305"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="306"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="307"/>
        <source>Hinweis</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="336"/>
        <source>Mehrere gesprochene Varianten mit „|“ trennen.</source>
        <translation>Separate several spoken variants with &apos;|&apos;.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../worker.py" line="188"/>
        <source>Das Spracherkennungsmodell konnte nicht geladen werden. Einzelheiten stehen in der Protokolldatei.</source>
        <translation>The speech recognition model could not be loaded. Details are in the log file.</translation>
    </message>
    <message>
        <location filename="../worker.py" line="226"/>
        <source>Die Aufnahme wurde unerwartet beendet. Der bisher erkannte Text bleibt erhalten.</source>
        <translation>The recording ended unexpectedly. The text recognised so far is kept.</translation>
    </message>
    <message>
        <location filename="../worker.py" line="281"/>
        <source>Die Audiodatei konnte nicht verschriftet werden. Einzelheiten stehen in der Protokolldatei.</source>
        <translation>The audio file could not be transcribed. Details are in the log file.</translation>
    </message>
</context>
<context>
    <name>_PathField</name>
    <message>
        <location filename="../settings_dialog.py" line="48"/>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="49"/>
        <source>Durchsuchen: {what}</source>
        <translation>Browse: {what}</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="50"/>
        <source>Öffnet einen Dateiauswahldialog</source>
        <translation>Opens a file dialog</translation>
    </message>
</context>
</TS>
