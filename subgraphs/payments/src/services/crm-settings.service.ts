import { createAccessSettingsReadModel } from '@crm/deal-access';
import { crmSettings } from '../db/schema';

const readModel = createAccessSettingsReadModel(crmSettings);

/** Keeps the newest settings version of an organisation (ADR 0009). */
export const applyCrmSettings = readModel.apply;
export const accessSettingsOf = readModel.read;
export const crmSettingsConsumer = () => readModel.consumer('payments.crm-settings');
