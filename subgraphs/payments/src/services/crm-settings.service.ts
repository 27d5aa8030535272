import { createAccessSettingsReadModel } from '@crm/deal-access';
import { crmSettings } from '../db/schema';

const readModel = createAccessSettingsReadModel(crmSettings);

/** The whole read model: access settings and the organisation's time zone (ADR 0046). */
export const crmSettingsModel = readModel;

/** Keeps the newest settings version of an organisation (ADR 0009). */
export const applyCrmSettings = readModel.apply;
export const accessSettingsOf = readModel.read;
export const crmSettingsConsumer = () => readModel.consumer('payments.crm-settings');
