import 'folio-embed/vue';
