/**
 * Why a subject name is not a workspace-relative path (`undefined` when it is): attested names are compared
 * with files found under the workspace, so an absolute name, a `..` or `.` segment, a backslash or an empty
 * segment could only name something else than what `attest` hashed.
 */
export function subjectNameProblem(name: string): string | undefined {
  if (name === '' || name.includes('\\') || name.includes('\0')) return 'is not a workspace-relative path';
  if (name.startsWith('/') || /^[a-z]:/i.test(name)) return 'is an absolute path, not relative to the workspace';
  const segments = name.split('/');
  if (segments.some((seg) => seg === '..' || seg === '.' || seg === ''))
    return 'is not a normalised workspace-relative path (no "..", "." or empty segments)';
  return undefined;
}
