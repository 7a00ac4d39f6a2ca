/**
 * `emit` is typed by the events map: each Folio event's name picks its detail type, so firing an
 * event with another event's detail, or a misspelt name, does not compile. Each `@ts-expect-error`
 * must meet an error: were `emit` loosely typed, this file would fail to compile.
 */
import type { Article } from '../../src/model/article.js';
import { FolioElement } from '../../src/internal/folio-element.js';
import type { Loaded } from '../../src/internal/read.js';
// The elements' declarations of the events they fire.
import type {} from '../../src/index.js';

export class Emitter extends FolioElement {
  protected shown: Loaded<unknown> = { status: 'idle' };

  fire(article: Article): void {
    this.emit('folio-load', { article });
    this.emit('folio-share', { network: 'x', url: 'https://news.example/a' }, { cancelable: true });
    this.emit('folio-warning', { warnings: [{ message: 'title: trimmed', path: 'title' }] });
    // @ts-expect-error a share detail is not a load detail
    this.emit('folio-load', { network: 'x', url: 'https://news.example/a' });
    // @ts-expect-error `folio-error` needs a message
    this.emit('folio-error', { path: 'title' });
    // @ts-expect-error no network is named `myspace`
    this.emit('folio-share', { network: 'myspace', url: 'https://news.example/a' });
    // @ts-expect-error no Folio event is named `folio-loaded`
    this.emit('folio-loaded', { article });
  }
}
