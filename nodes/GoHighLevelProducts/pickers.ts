import * as field from '../shared/builder/fields';

/** Record pickers of the Products node: search a list, or type an ID. */

export const productId = field.locator('productId', 'Product ID', {
	searchListMethod: 'searchProducts',
	description: 'The product, searched by name, or given by ID',
});

export const priceId = field.locator('priceId', 'Price ID', {
	searchListMethod: 'searchPrices',
	description: 'A price of the product above, or given by ID',
});
