#ifndef MORGUE_LINE_EDITOR_H
#define MORGUE_LINE_EDITOR_H

// A few plain functions over libedit, whose el_set, el_get and history calls are
// variadic and cannot be called from Swift. The editor's state lives in line_editor.c.

/// What the completion callback gives back: text to insert at the cursor, and, when there
/// is more than one choice, the choices to list (newline-separated). Both may be NULL;
/// both are freed by the caller with free().
typedef struct {
    char *insert;
    char *choices;
} morgue_completion;

/// Called on Tab with the line so far and the cursor's byte offset in it.
typedef morgue_completion (*morgue_completer)(const char *line, int cursor);

/// Starts the editor on standard input and output; 0 on success.
int morgue_editor_open(const char *program, morgue_completer completer);
void morgue_editor_close(void);

/// The prompt for the next read; may hold ANSI colour codes between \001 marks.
void morgue_editor_set_prompt(const char *prompt);

/// Reads one line, with its newline. NULL at end of input (Ctrl-D on an empty line), or
/// when interrupted (Ctrl-C): then *interrupted is 1.
const char *morgue_editor_read(int *interrupted);

/// Adds an entry (which may span lines) to the in-memory history.
void morgue_editor_remember(const char *entry);

/// SIGINT sets a flag instead of ending the program; the engine polls it.
void morgue_interrupt_install(void);
int morgue_interrupt_pending(void);
void morgue_interrupt_clear(void);

#endif
