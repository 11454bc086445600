/**
 * The autologous adipose-derived stem cell treatment module: its protocol document ({@code
 * protocol.json}, in the resources beside {@link org.regimen.treatment.stemcell.StemCellModule})
 * and the class that loads it, with the one check the data cannot express ({@code
 * HarvestSiteCheck}: a finding when no usual donor site for the fat harvest is free). <b>Not an API
 * to call:</b> the class is public only so that {@link java.util.ServiceLoader} can create it; put
 * the jar on the class path (runtime scope) and use {@link org.regimen.Regimen#load()}. The
 * module's {@code PROTOCOL.md} lists every value with its source words.
 */
package org.regimen.treatment.stemcell;
