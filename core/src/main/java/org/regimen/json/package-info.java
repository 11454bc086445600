/**
 * The public JSON form of requests, plans, comparisons and errors. <b>Public API:</b> {@link
 * org.regimen.json.RegimenJson} only; the binders and the strict tree reader behind it are
 * package-private. The JSON names and shapes are the contract (docs/contract.md, with a JSON Schema
 * for each document).
 *
 * @since 0.1.0
 */
package org.regimen.json;
