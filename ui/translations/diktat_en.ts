<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="119"/>
        <source>Ein unerwarteter Fehler ist aufgetreten. Ihr Text ist als Entwurf gesichert und wird beim nächsten Start angeboten, falls Diktat beendet werden muss. Einzelheiten stehen in der Protokolldatei:
{path}</source>
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
        <location filename="../vocab_models.py" line="365"/>
        <source>Kategorie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DictationEditor</name>
    <message>
        <location filename="../editor.py" line="58"/>
        <source>Vermerktext</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../editor.py" line="61"/>
        <source>Der diktierte Text erscheint an der Schreibmarke. Vorläufig erkannter Text ist grau, kursiv und gepunktet unterstrichen, bis er feststeht.</source>
        <translation>Dictated text appears at the cursor. Provisionally recognised text is grey, italic and dotted-underlined until it is final.</translation>
    </message>
    <message>
        <location filename="../editor.py" line="66"/>
        <source>Aufnahme mit F9 starten oder hier schreiben. Diktierter Text erscheint an der Schreibmarke.</source>
        <translation>Press F9 to start recording, or type here. Dictated text appears at the cursor.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../history_dialog.py" line="30"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="36"/>
        <source>Kundennummer, Betreff oder Wörter aus dem Text</source>
        <translation>Customer number, subject or words from the text</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="37"/>
        <source>Verlauf durchsuchen</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="38"/>
        <source>&amp;Suchen:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="44"/>
        <source>Gefundene Vermerke</source>
        <translation>Notes found</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="45"/>
        <source>Eingabetaste öffnet den gewählten Vermerk</source>
        <translation>Enter opens the selected note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="48"/>
        <source>Vorschau des gewählten Vermerks</source>
        <translation>Preview of the selected note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="52"/>
        <source>Suchergebnis</source>
        <translation>Search result</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="62"/>
        <source>&amp;Öffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="64"/>
        <source>Gewählten Vermerk öffnen</source>
        <translation>Open the selected note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="65"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="66"/>
        <source>Verlauf schließen</source>
        <translation>Close the history</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="110"/>
        <source>Ein Vermerk gefunden</source>
        <translation>One note found</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="111"/>
        <source>{n} Vermerke gefunden</source>
        <translation>{n} notes found</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="114"/>
        <source>Keine Vermerke gefunden.</source>
        <translation>No notes found.</translation>
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
        <location filename="../main_window.py" line="119"/>
        <location filename="../main_window.py" line="443"/>
        <location filename="../main_window.py" line="457"/>
        <location filename="../main_window.py" line="781"/>
        <source>Diktat</source>
        <extracomment>Edits are saved to the draft this long after the last keystroke.</extracomment>
        <translation>Diktat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>&amp;Aufnahme / Pause</source>
        <translation>&amp;Record / Pause</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <source>Aufnahme starten, anhalten oder fortsetzen (F9)</source>
        <translation>Start, pause or resume recording (F9)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165"/>
        <source>Aufnahme &amp;beenden</source>
        <translation>S&amp;top recording</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="166"/>
        <source>Aufnahme beenden; Gesagtes wird übernommen (F10)</source>
        <translation>Stop recording; what was said is kept (F10)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="168"/>
        <source>&amp;Mikrofone neu suchen</source>
        <translation>&amp;Search for microphones again</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="169"/>
        <source>&amp;Neuer Vermerk</source>
        <translation>&amp;New note</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171"/>
        <source>Audiodatei &amp;öffnen …</source>
        <translation>&amp;Open audio file …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="173"/>
        <source>Eine Aufnahme verschriften (Strg+O)</source>
        <translation>Transcribe a recording (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>Als &amp;Word speichern …</source>
        <translation>Save as &amp;Word …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="176"/>
        <source>Vermerk als Word-Datei speichern (Strg+S)</source>
        <translation>Save the note as a Word file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177"/>
        <source>Als &amp;Text speichern …</source>
        <translation>Save as &amp;text …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>Vermerk &amp;abschließen</source>
        <translation>&amp;Finish note</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181"/>
        <source>Vermerk im Verlauf speichern und neuen beginnen</source>
        <translation>Save the note in the history and start a new one</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>&amp;Verlauf …</source>
        <translation>&amp;History …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="183"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="383"/>
        <source>Ein alter Vermerk wurde aus dem Verlauf gelöscht.</source>
        <translation>One old note was deleted from the history.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="384"/>
        <source>{n} alte Vermerke wurden aus dem Verlauf gelöscht.</source>
        <translation>{n} old notes were deleted from the history.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="428"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="188"/>
        <source>Letzte Äußerung &amp;streichen</source>
        <translation>&amp;Strike last utterance</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="186"/>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190"/>
        <source>Wie „streiche das“: entfernt den zuletzt diktierten Satzteil</source>
        <translation>Like saying “streiche das”: removes the last dictated phrase</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>Text &amp;kopieren</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>Vermerktext in die Zwischenablage (Strg+Umschalt+C)</source>
        <translation>Note text to the clipboard (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194"/>
        <source>Vermerk mit Kopf&amp;daten kopieren</source>
        <translation>Copy note with &amp;header</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196"/>
        <source>In vorheriges &amp;Fenster einfügen</source>
        <translation>&amp;Paste into previous window</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="198"/>
        <source>Text in das zuvor aktive Programm einfügen (Strg+Umschalt+V)</source>
        <translation>Paste the text into the previously active program (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>&amp;Vokabular bearbeiten …</source>
        <translation>Edit &amp;vocabulary …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203"/>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205"/>
        <source>Ü&amp;ber Diktat</source>
        <translation>&amp;About Diktat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Vermerk&amp;text:</source>
        <translation>Note te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228"/>
        <location filename="../main_window.py" line="497"/>
        <source>&amp;Aufnahme</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228"/>
        <location filename="../main_window.py" line="476"/>
        <location filename="../main_window.py" line="499"/>
        <source>Aufnahme</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229"/>
        <source>Startet die Aufnahme vom Mikrofon; F9 startet, pausiert und setzt fort</source>
        <translation>Starts recording from the microphone; F9 starts, pauses and resumes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232"/>
        <source>Hält die Aufnahme an; das bisher Gesagte wird übernommen (F9)</source>
        <translation>Pauses the recording; what was said so far is kept (F9)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>&amp;Stopp</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>Stopp</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237"/>
        <source>Beendet die Aufnahme; das bisher Gesagte wird übernommen (F10)</source>
        <translation>Stops the recording; what was said so far is kept (F10)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>Mikrofon</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>Eingabegerät für die Aufnahme</source>
        <translation>Input device for recording</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>&amp;Mikrofon:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>Pegel:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>Pegel</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>In &amp;Zwischenablage</source>
        <translation>To clip&amp;board</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>Text kopieren</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <source>Kopiert den Vermerktext in die Zwischenablage (Strg+Umschalt+C)</source>
        <translation>Copies the note text to the clipboard (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>In vorheriges Fenster einfü&amp;gen</source>
        <translation>Paste i&amp;nto previous window</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="256"/>
        <source>In vorheriges Fenster einfügen</source>
        <translation>Paste into previous window</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <source>Fügt den Text in das zuletzt benutzte Programm ein (Strg+Umschalt+V)</source>
        <translation>Pastes the text into the program used last (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259"/>
        <source>Als &amp;Word speichern</source>
        <translation>Save as &amp;Word</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259"/>
        <location filename="../main_window.py" line="897"/>
        <source>Als Word speichern</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260"/>
        <source>Speichert den Vermerk als Word-Datei (Strg+S)</source>
        <translation>Saves the note as a Word file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262"/>
        <source>Vermerk abschließe&amp;n</source>
        <translation>F&amp;inish note</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262"/>
        <source>Vermerk abschließen</source>
        <translation>Finish note</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <source>Speichert den Vermerk im Verlauf und beginnt einen neuen (Strg+Eingabe)</source>
        <translation>Saves the note in the history and starts a new one (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="318"/>
        <source>D&amp;iktat</source>
        <translation>&amp;Dictation</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="323"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="335"/>
        <source>Aktives Modell</source>
        <translation>Active model</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="367"/>
        <source>Nicht alle Einstellungen konnten gelesen werden.</source>
        <translation>Not all settings could be read.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>Einige Entwürfe sind beschädigt und wurden beiseitegelegt.</source>
        <translation>Some drafts are damaged and were set aside.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="407"/>
        <source>Entwurf wiederhergestellt</source>
        <translation>Draft restored</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="420"/>
        <source>Es gibt einen nicht abgeschlossenen Vermerk vom {when}.</source>
        <translation>There is an unfinished note from {when}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="421"/>
        <source>Kundennummer: {0}</source>
        <translation>Customer number: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="422"/>
        <source>Betreff: {0}</source>
        <translation>Subject: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="423"/>
        <source>{0} Zeichen Text</source>
        <translation>{0} characters of text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="424"/>
        <source>Entwurf wiederherstellen?</source>
        <translation>Restore draft?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="427"/>
        <source>Möchten Sie ihn wiederherstellen?</source>
        <translation>Do you want to restore it?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="429"/>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430"/>
        <source>&amp;Später</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="436"/>
        <source>Den Entwurf endgültig löschen? Der Text geht verloren.</source>
        <translation>Delete the draft for good? The text will be lost.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="455"/>
        <location filename="../main_window.py" line="456"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="456"/>
        <location filename="../main_window.py" line="483"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="473"/>
        <source>Modell wird geladen …</source>
        <translation>Loading model …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="474"/>
        <source>Fehler: kein Modell geladen</source>
        <translation>Error: no model loaded</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="475"/>
        <source>Bereit</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="477"/>
        <source>Aufnahme wird angehalten …</source>
        <translation>Pausing recording …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="478"/>
        <source>Pausiert</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="479"/>
        <source>Aufnahme wird beendet …</source>
        <translation>Stopping recording …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="480"/>
        <source>Audiodatei wird verschriftet …</source>
        <translation>Transcribing audio file …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="496"/>
        <source>&amp;Fortsetzen</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="498"/>
        <source>Fortsetzen</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="523"/>
        <source>Modell: {name} ({device})</source>
        <translation>Model: {name} ({device})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="525"/>
        <source>Aktives Modell: {name} ({device})</source>
        <translation>Active model: {name} ({device})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="530"/>
        <source>Nicht alle Vokabularlisten konnten gelesen werden.</source>
        <translation>Not all vocabulary lists could be read.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="535"/>
        <source>Modell wird beim ersten Start eingerichtet …</source>
        <translation>Setting up the model on first start …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="553"/>
        <location filename="../main_window.py" line="556"/>
        <source>Kein Mikrofon gefunden</source>
        <translation>No microphone found</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="562"/>
        <source> (Standard)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="576"/>
        <source>Kein Mikrofon gefunden. Bitte schließen Sie ein Mikrofon an (und geben Sie es in den Datenschutz-Einstellungen des Systems frei). Wählen Sie dann „Diktat → Mikrofone neu suchen“.</source>
        <translation>No microphone found. Please connect a microphone (and allow access in the system’s privacy settings). Then choose “Dictation → Search for microphones again”.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="599"/>
        <source>Bitte warten: Das Modell wird noch geladen.</source>
        <translation>Please wait: the model is still loading.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="644"/>
        <source>Audiodatei öffnen</source>
        <translation>Open audio file</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="645"/>
        <source>Audiodateien (*.wav *.mp3 *.m4a *.flac *.ogg *.opus *.webm);;Alle Dateien (*)</source>
        <translation>Audio files (*.wav *.mp3 *.m4a *.flac *.ogg *.opus *.webm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="651"/>
        <source>„{name}“ wird verschriftet …</source>
        <translation>Transcribing “{name}” …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="652"/>
        <location filename="../main_window.py" line="788"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="653"/>
        <source>Audiodatei verschriften</source>
        <translation>Transcribe audio file</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="654"/>
        <source>Fortschritt der Verschriftung</source>
        <translation>Transcription progress</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="682"/>
        <source>Audiodatei verschriftet</source>
        <translation>Audio file transcribed</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="684"/>
        <source>In der Audiodatei wurde keine Sprache erkannt.</source>
        <translation>No speech was recognised in the audio file.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="690"/>
        <source>Verschriftung abgebrochen; nichts eingefügt.</source>
        <translation>Transcription cancelled; nothing inserted.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="731"/>
        <source>Entwurf konnte nicht gesichert werden!</source>
        <translation>The draft could not be saved!</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="782"/>
        <source>Der aktuelle Vermerk ist noch nicht abgeschlossen.</source>
        <translation>The current note is not finished yet.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="784"/>
        <source>Soll er jetzt abgeschlossen (im Verlauf gespeichert) oder als Entwurf behalten werden?</source>
        <translation>Finish it now (save it in the history) or keep it as a draft?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="786"/>
        <source>&amp;Abschließen</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="787"/>
        <source>Als &amp;Entwurf behalten</source>
        <translation>Keep as &amp;draft</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="800"/>
        <source>Bitte beenden Sie zuerst die Aufnahme (F10).</source>
        <translation>Please stop the recording first (F10).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="811"/>
        <source>Den Vermerk trotzdem abschließen?</source>
        <translation>Finish the note anyway?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="821"/>
        <source>Vermerk im Verlauf gespeichert</source>
        <translation>Note saved in the history</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="853"/>
        <source>Vermerk aus dem Verlauf geöffnet</source>
        <translation>Note opened from the history</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="861"/>
        <source>Text in die Zwischenablage kopiert</source>
        <translation>Text copied to the clipboard</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="868"/>
        <source>Vermerk mit Kopfdaten kopiert</source>
        <translation>Note copied with header</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="879"/>
        <source>Text eingefügt</source>
        <translation>Text pasted</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="899"/>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="908"/>
        <location filename="../main_window.py" line="925"/>
        <source>Gespeichert: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="914"/>
        <source>Als Text speichern</source>
        <translation>Save as text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="916"/>
        <source>Textdatei (*.txt)</source>
        <translation>Text file (*.txt)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="959"/>
        <source>Die Sprache der Oberfläche ändert sich beim nächsten Start.</source>
        <translation>The interface language changes at the next start.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="973"/>
        <source>Der Vokabular-Editor ist in dieser Version noch nicht verfügbar. Vokabularlisten können in den Einstellungen gewählt werden.</source>
        <translation>The vocabulary editor is not available in this version yet. Vocabulary lists can be chosen in the settings.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1019"/>
        <source>Tab / Umschalt+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1019"/>
        <source>Zum nächsten / vorigen Feld</source>
        <translation>To the next / previous field</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1024"/>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1029"/>
        <source>Über Diktat</source>
        <translation>About Diktat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1030"/>
        <source>Diktat {version}

Spracherkennung für Vermerke, vollständig auf diesem Computer. Es werden keine Daten übertragen und keine Tonaufnahmen gespeichert.</source>
        <translation>Diktat {version}

Speech recognition for case notes, entirely on this computer. No data is transmitted and no recordings are stored.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../vocab_editor.py" line="135"/>
        <source>Meldung</source>
        <extracomment>Delay after the last keystroke before &quot;Ausprobieren&quot; runs the pipeline (ms). Budget for the decoding bias in the recording test (tokens, as in the app).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="148"/>
        <source>A&amp;usblenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="149"/>
        <source>Meldung ausblenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="189"/>
        <source>Hinweis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="189"/>
        <source>Achtung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="190"/>
        <source>Fehler:</source>
        <translation type="unfinished"></translation>
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
        <location filename="../vocab_editor.py" line="256"/>
        <source>Das Erkennungsmodell konnte nicht geladen werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="286"/>
        <source>Der Test an Aufnahmen ist fehlgeschlagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="85"/>
        <location filename="../settings_dialog.py" line="86"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="92"/>
        <source>&amp;Mitgeliefertes Modell (Whisper base)</source>
        <translation>&amp;Bundled model (Whisper base)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="93"/>
        <source>Mitgeliefertes Modell verwenden</source>
        <translation>Use the bundled model</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="94"/>
        <source>&amp;Eigenes Modell (Ordner):</source>
        <translation>&amp;Own model (folder):</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="95"/>
        <source>Eigenes Modell aus einem Ordner verwenden</source>
        <translation>Use your own model from a folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="99"/>
        <source>Modellordner wählen</source>
        <translation>Choose model folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="100"/>
        <source>Ordner des eigenen Modells</source>
        <translation>Folder of your own model</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="101"/>
        <source>Ordner mit model.bin (CTranslate2)</source>
        <translation>Folder with model.bin (CTranslate2)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="111"/>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="112"/>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="113"/>
        <source>Sprache der Spracherkennung</source>
        <translation>Language of speech recognition</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="116"/>
        <source>Sprache des Systems</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="119"/>
        <source>Sprache der Oberfläche</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120"/>
        <source>Wird nach einem Neustart wirksam</source>
        <translation>Takes effect after a restart</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="123"/>
        <source>Standard-Mikrofon des Systems</source>
        <translation>System default microphone</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Mikrofon</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="128"/>
        <source>Aufnahmen spei&amp;chern</source>
        <translation>Save &amp;recordings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129"/>
        <source>Aufnahmen speichern</source>
        <translation>Save recordings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="131"/>
        <source>Standardmäßig aus: Diktat speichert keine Tonaufnahmen.</source>
        <translation>Off by default: Diktat stores no audio recordings.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="134"/>
        <source>Spracherkennung</source>
        <translation>Speech recognition</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="137"/>
        <source>Modell:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="139"/>
        <source>&amp;Sprache beim Diktieren:</source>
        <translation>Dictation &amp;language:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140"/>
        <source>Spr&amp;ache der Oberfläche:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="141"/>
        <source>M&amp;ikrofon:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="145"/>
        <source>Vokabularlisten (*.json *.csv);;Alle Dateien (*)</source>
        <translation>Vocabulary lists (*.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="146"/>
        <source>Liste der Organisation wählen</source>
        <translation>Choose the organisation’s list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="147"/>
        <source>Vokabularliste der Organisation</source>
        <translation>Vocabulary list of the organisation</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="148"/>
        <source>z. B. Netzlaufwerk der Organisation</source>
        <translation>e.g. the organisation’s network share</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="149"/>
        <source>Liste des Teams wählen</source>
        <translation>Choose the team’s list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="150"/>
        <source>Vokabularliste des Teams</source>
        <translation>Vocabulary list of the team</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="151"/>
        <source>Persönliche Liste wählen</source>
        <translation>Choose your personal list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="152"/>
        <source>Persönliche Vokabularliste</source>
        <translation>Personal vocabulary list</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="153"/>
        <source>Vokabular</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="156"/>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="157"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="158"/>
        <source>&amp;Persönlich:</source>
        <translation>&amp;Personal:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="161"/>
        <source>Export-Ordner wählen</source>
        <translation>Choose export folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="162"/>
        <source>Export-Ordner</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="163"/>
        <source>Standard: Ordner „Dokumente“</source>
        <translation>Default: the “Documents” folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="164"/>
        <source>Word-Vorlage wählen</source>
        <translation>Choose Word template</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="165"/>
        <source>Word-Vorlagen (*.docx *.dotx)</source>
        <translation>Word templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="166"/>
        <source>Word-Vorlage</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="167"/>
        <source>Standard: mitgelieferte Vorlage</source>
        <translation>Default: the bundled template</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="170"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="171"/>
        <source>Aufbewahrungsdauer des Verlaufs in Tagen</source>
        <translation>How long the history is kept, in days</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="173"/>
        <source>Abgeschlossene Vermerke werden danach aus dem lokalen Verlauf gelöscht</source>
        <translation>Finished notes are then deleted from the local history</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="175"/>
        <source>Export und Verlauf</source>
        <translation>Export and history</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="178"/>
        <source>E&amp;xport-Ordner:</source>
        <translation>E&amp;xport folder:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="179"/>
        <source>&amp;Word-Vorlage:</source>
        <translation>&amp;Word template:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="180"/>
        <source>&amp;Verlauf aufbewahren:</source>
        <translation>Keep &amp;history for:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="197"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="198"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="219"/>
        <source>Von der IT festgelegt</source>
        <translation>Set by IT</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="220"/>
        <source>Gesperrt: von der IT festgelegt</source>
        <translation>Locked: set by IT</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="262"/>
        <source>Von der IT festgelegt; kann hier nicht geändert werden.</source>
        <translation>Set by IT; cannot be changed here.</translation>
    </message>
</context>
<context>
    <name>VocabularyEditor</name>
    <message>
        <location filename="../vocab_editor.py" line="355"/>
        <source>Wortlisten bearbeiten – Diktat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="356"/>
        <source>Wortlisten bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="389"/>
        <source>nur lesen – von der IT festgelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="398"/>
        <location filename="../vocab_editor.py" line="817"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="400"/>
        <source>nur lesen – mit Diktat ausgeliefert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="405"/>
        <location filename="../vocab_editor.py" line="436"/>
        <source>Meine Begriffe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="406"/>
        <location filename="../vocab_editor.py" line="817"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="418"/>
        <source>nur lesen – die Datei enthält fehlerhafte Zeilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="424"/>
        <source>nur lesen – die Datei konnte nicht gelesen werden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="428"/>
        <source>Der Ordner „{folder}“ ist nicht erreichbar; die Liste „{name}“ wird nur lesend und leer angezeigt. Bitte die Netzwerkverbindung prüfen und den Editor neu öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="434"/>
        <source>nur lesen – Speicherort nicht erreichbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="452"/>
        <source>&amp;Wortliste:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="454"/>
        <source>Wortliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="456"/>
        <source>Welche Liste bearbeitet wird: Organisation, Team oder persönlich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="465"/>
        <source>Schreibschutz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="474"/>
        <source>Bereiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="475"/>
        <source>&amp;Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="476"/>
        <source>An Aufnahmen &amp;testen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="477"/>
        <source>&amp;Vorschläge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="485"/>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="486"/>
        <source>Alle geänderten Listen speichern (Strg+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="488"/>
        <source>S&amp;chließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="489"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="494"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="513"/>
        <source>Suc&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="517"/>
        <source>Begriff, gesprochene Variante, Kategorie oder Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="518"/>
        <source>Suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="520"/>
        <source>Zeigt nur Einträge, die den Suchtext in einer Spalte enthalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="547"/>
        <source>Einträge der Wortliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="549"/>
        <location filename="../vocab_editor.py" line="868"/>
        <source>Einfg: neuer Eintrag, F2: bearbeiten, Entf: löschen. Spalte „Hinweis“ nennt Probleme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="561"/>
        <source>&amp;Neu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="562"/>
        <source>Neuen Eintrag anlegen (Einfg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="563"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="565"/>
        <source>Ausgewählte Zelle bearbeiten (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="566"/>
        <source>&amp;Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="568"/>
        <source>Ausgewählte Einträge löschen (Entf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="573"/>
        <source>CSV &amp;importieren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="574"/>
        <source>Einträge aus einer CSV-Datei (Excel) hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="575"/>
        <source>CSV e&amp;xportieren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="576"/>
        <source>Diese Liste als CSV-Datei (Excel) speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="577"/>
        <source>Nächstes &amp;Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="578"/>
        <source>Zum nächsten Eintrag mit Hinweis gehen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="596"/>
        <source>Prüfung der Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="601"/>
        <location filename="../vocab_editor.py" line="602"/>
        <source>Ausprobieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="605"/>
        <source>Einen Satz eingeben, wie die Erkennung ihn liefern könnte. Angezeigt wird, was die Wortlisten (mit den ungespeicherten Änderungen) daraus machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="610"/>
        <source>&amp;Ausprobieren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="612"/>
        <source>Satz zum Ausprobieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="613"/>
        <source>z. B. Antrag auf Bürger Geld nach SGB zwei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="619"/>
        <source>Ergebnis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="626"/>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="631"/>
        <source>Änderungen (gesprochen → geschrieben, Regel, Wert):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="634"/>
        <source>Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="652"/>
        <source>Aufnahmen mit bekanntem Text wählen: daneben eine .txt-Datei mit gleichem Namen oder eine TSV-Datei „Datei⇥Text“ im selben Ordner (oder die TSV-Datei selbst wählen). Die Aufnahmen werden mit den Begriffen dieser Liste erkannt; gezählt wird, wie viele ihrer Begriffe richtig geschrieben herauskommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="659"/>
        <source>Aufnahmen w&amp;ählen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="660"/>
        <source>Test sta&amp;rten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="661"/>
        <source>Ab&amp;brechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="668"/>
        <source>Gewählte Auf&amp;nahmen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="670"/>
        <source>Gewählte Aufnahmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="675"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="679"/>
        <source>Stand des Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="684"/>
        <source>Ergebnis des Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="688"/>
        <source>Verpasster Begriff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="688"/>
        <location filename="../vocab_editor.py" line="722"/>
        <source>Anzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="690"/>
        <source>Verpasste Begriffe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="696"/>
        <source>Aufnahme</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="696"/>
        <source>Begriffe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="697"/>
        <source>Erkannter Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="699"/>
        <source>Ergebnis je Aufnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="709"/>
        <source>Kein Erkennungsmodell verfügbar: der Test an Aufnahmen ist ausgeschaltet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="719"/>
        <source>Vorschläge aus &amp;Korrekturen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="721"/>
        <source>Gesprochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="721"/>
        <source>Geschrieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="722"/>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="726"/>
        <source>Vorschläge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="728"/>
        <source>Leertaste hakt einen Vorschlag an. Übernommen werden die angehakten, sonst die markierten Vorschläge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="734"/>
        <source>&amp;Übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="735"/>
        <source>A&amp;blehnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="736"/>
        <source>Neu &amp;laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="744"/>
        <source>Es ist kein Ordner für Vorschläge eingerichtet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="748"/>
        <source>Sie können keine Liste ändern; Vorschläge werden nur angezeigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="751"/>
        <source>Korrekturen, die Kolleginnen und Kollegen mehrfach gemacht haben. Nichts wird ohne Ihre Zustimmung gelernt: „Übernehmen“ fügt die gewählten Vorschläge der Liste „{list}“ hinzu (danach speichern).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="818"/>
        <source>Persönlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="827"/>
        <source>(nur lesen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="829"/>
        <source>(geändert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="867"/>
        <source>Nur lesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="903"/>
        <source>{n} Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="904"/>
        <source>1 Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="906"/>
        <source>{shown} von {n} Einträgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="915"/>
        <source>{n} Einträge mit Hinweisen (Warnzeichen und Spalte „Hinweis“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="917"/>
        <source>1 Eintrag mit Hinweis (Warnzeichen und Spalte „Hinweis“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="920"/>
        <source>Keine Probleme gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="990"/>
        <source>{n} Einträge gelöscht (noch nicht gespeichert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="991"/>
        <source>1 Eintrag gelöscht (noch nicht gespeichert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1021"/>
        <source>Importiert aus „{name}“: {added} neu, {replaced} ersetzt (noch nicht gespeichert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1028"/>
        <source>… und {n} weitere Hinweise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1041"/>
        <source>Exportiert nach „{path}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1046"/>
        <source>CSV-Datei importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1047"/>
        <source>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1053"/>
        <source>Als CSV exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1054"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1086"/>
        <source>Wortliste speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1087"/>
        <location filename="../vocab_editor.py" line="1199"/>
        <source>Wortlisten (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1112"/>
        <source>Liste „{name}“ gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1120"/>
        <source>Andere Fassung la&amp;den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1121"/>
        <source>Zusammen&amp;führen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1122"/>
        <source>Unter anderem Na&amp;men speichern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1127"/>
        <source>&amp;Jetzt erneut speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1131"/>
        <source>L&amp;okale Kopie speichern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1148"/>
        <source>Die aktuelle Fassung von „{name}“ wurde geladen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1165"/>
        <source>Zusammengeführt: die Fassung der anderen plus Ihre Änderungen ({added} übernommen, {removed} entfernt). Bitte prüfen und speichern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1171"/>
        <source>Beide Seiten haben geändert: {terms}; Ihre Fassung gilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1191"/>
        <source>Ihre Fassung wurde als „{path}“ gespeichert. Die gemeinsame Liste ist unverändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1199"/>
        <source>Kopie speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1233"/>
        <source>gesprochene Variante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1233"/>
        <source>gleiche Buchstaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1234"/>
        <source>gebeugte Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1234"/>
        <source>ähnlicher Klang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1239"/>
        <source>{spoken} → {written} ({rule}, {score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1245"/>
        <source>Keine Änderung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1261"/>
        <source>{n} Aufnahmen mit bekanntem Text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1268"/>
        <source>Aufnahmen wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1269"/>
        <source>Aufnahmen und Transkripte ({patterns});;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1311"/>
        <source>Erkennungsmodell wird geladen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1320"/>
        <source>Wird abgebrochen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1325"/>
        <source>Aufnahme {i} von {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1332"/>
        <source>{found} von {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1335"/>
        <source>Erwartet: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1355"/>
        <source>Test fehlgeschlagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1356"/>
        <source>Test abgebrochen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1359"/>
        <source>Test beendet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1362"/>
        <source>In den bekannten Texten kommt kein Begriff dieser Liste vor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1366"/>
        <source>Begriffe richtig erkannt: {found} von {expected} ({percent} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1435"/>
        <source>{n} Vorschläge in die Liste „{list}“ übernommen (noch nicht gespeichert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1451"/>
        <source>Die Ablehnung konnte nicht in „{folder}“ vermerkt werden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1455"/>
        <source>{n} Vorschläge abgelehnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1477"/>
        <source>Ungespeicherte Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_editor.py" line="1478"/>
        <source>Die Listen {names} haben ungespeicherte Änderungen. Jetzt speichern?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyTableModel</name>
    <message>
        <location filename="../vocab_models.py" line="56"/>
        <source>Organisation</source>
        <extracomment>Categories offered in the category column (free text is allowed too).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="57"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="58"/>
        <source>Persönlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="95"/>
        <source>Begriff fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="101"/>
        <source>„{term}“ steht mehrfach in der Liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="120"/>
        <source>„{spoken}“ steht auch bei „{other}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="139"/>
        <source>„{spoken}“ ergibt in der Liste „{list}“ „{other}“; es gilt die Liste „{winner}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="283"/>
        <source>Gesprochene Varianten und typische Verhörer; mehrere mit „|“ trennen.</source>
        <extracomment>Emitted after any change of the entries (edit, insert, removal, reset).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="288"/>
        <source>Begriff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="289"/>
        <source>Gesprochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="290"/>
        <source>Kategorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="291"/>
        <source>Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="292"/>
        <source>Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../vocab_models.py" line="321"/>
        <source>Mehrere gesprochene Varianten mit „|“ trennen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../worker.py" line="180"/>
        <source>Das Spracherkennungsmodell konnte nicht geladen werden. Einzelheiten stehen in der Protokolldatei.</source>
        <translation>The speech recognition model could not be loaded. Details are in the log file.</translation>
    </message>
    <message>
        <location filename="../worker.py" line="215"/>
        <source>Die Aufnahme wurde unerwartet beendet. Der bisher erkannte Text bleibt erhalten.</source>
        <translation>The recording ended unexpectedly. The text recognised so far is kept.</translation>
    </message>
    <message>
        <location filename="../worker.py" line="270"/>
        <source>Die Audiodatei konnte nicht verschriftet werden. Einzelheiten stehen in der Protokolldatei.</source>
        <translation>The audio file could not be transcribed. Details are in the log file.</translation>
    </message>
</context>
<context>
    <name>_PathField</name>
    <message>
        <location filename="../settings_dialog.py" line="45"/>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="46"/>
        <source>Durchsuchen: {what}</source>
        <translation>Browse: {what}</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="47"/>
        <source>Öffnet einen Dateiauswahldialog</source>
        <translation>Opens a file dialog</translation>
    </message>
</context>
</TS>
