/** Portuguese (Brazilian usage) UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const pt: Translation = {
  $code: 'pt',
  $name: 'Português',
  $dir: 'ltr',
  retry: 'Tentar novamente',
  byline: 'Por {names}',
  published: 'Publicado em {date}',
  updated: 'Atualizado em {date}',
  advertisement: 'Publicidade',
  articleLoading: 'Carregando o artigo…',
  articleError: 'Não foi possível exibir este artigo.',
  locked: 'Este artigo é exclusivo para assinantes ou exige uma senha no site de origem.',
  readOnSite: 'Ler no site de origem',
  share: 'Compartilhar',
  shareOn: 'Compartilhar no {network}',
  email: 'E-mail',
  shareByEmail: 'Compartilhar por e-mail',
  copyLink: 'Copiar link',
  moreOptions: 'Mais opções',
  linkCopied: 'Link copiado',
  linkNotCopied: 'Não foi possível copiar o link',
  mastodonServer: 'Seu servidor Mastodon',
  mastodonServerInvalid: 'Digite o nome de um servidor, como mastodon.social',
  cancel: 'Cancelar',
  shareError: 'Não foi possível exibir os links de compartilhamento.',
  relatedHeading: 'Artigos relacionados',
  carousel: 'carrossel',
  slide: 'slide',
  slidePosition: '{n} de {total}',
  previous: 'Anterior',
  next: 'Próximo',
  relatedLoading: 'Carregando artigos relacionados…',
  relatedError: 'Não foi possível exibir os artigos relacionados.',
};

export default pt;
