import type { MyCardsMessages } from './types';

const zh: MyCardsMessages = {
	addWordCard: '加入我的卡片',
	inMyCards: '已在我的卡片中',
	adding: '加入中……',
	wordCardAdded: '已加入：這張卡會以新卡的身分出現在複習中。',
	addFailed: '無法儲存（儲存空間已滿或無法使用），卡片沒有加入。',
	storageUnavailable: '這個瀏覽器無法保存卡片：它的儲存空間無法使用。',
	invalidWord: '這個詞無法做成卡片。'
};

export default zh;
