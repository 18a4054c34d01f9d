namespace Custojo.Compliance.Evidence;

/// <summary>
/// Bad input from the user (a file, an option, a configuration value): the message says what is wrong,
/// where, and how to fix it. The CLI prints it as one line and exits with code 2.
/// </summary>
public class InputException(string message, Exception? inner = null) : Exception(message, inner);
