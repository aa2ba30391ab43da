/** Saves `text` as a file the browser downloads (no permission: a link to a blob, clicked). */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the blob URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
