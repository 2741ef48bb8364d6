import type { ComponentChildren } from 'preact';
import type { Lang } from '@/lib/i18n';
import type { ShareItem } from '@/lib/share/share';
import type { ShareTranslate } from './useShareSession';
import { shareReason } from '@/locales/share';
import { describeCleaned, describeShareError, hostExplanation } from './strings';
import { BreakableId, CopyButton } from './Copy';
import { ConflictQuestion, UnknownIdForm } from './IdForms';
import type { Ids } from './useIds';

export { CopyButton } from './Copy';

export interface ResultItemProps {
  item: ShareItem;
  index: number;
  lang: Lang;
  t: ShareTranslate;
  remembered: Readonly<Record<string, string>>;
  draft: string;
  onDraft(address: string, value: string): void;
  onCopy(item: Exclude<ShareItem, { kind: 'error' }>): Promise<boolean>;
  onUseHost(address: string): void;
  onRememberHost(address: string, host: string): void;
  onForgetHost(address: string): void;
  /** The book and my ID (national platform: the « unknown ID » form, « Ajouter au carnet »). */
  ids: Ids;
  /** National platform: hosts are not remembered (no ID is built from an address). */
  national: boolean;
  onCopyAddress(address: string): void;
}

/** One address's result: its share ID, a Cloud ID, or why not (with a host form when one is missing). */
export function ResultItem(props: ResultItemProps) {
  const { item } = props;
  let body: ComponentChildren;
  let address: string | undefined;
  let hostForm = false;
  if (item.kind === 'id') {
    address = item.address;
    hostForm = item.hostSource === 'given';
    body = <ShareIdBody {...props} item={item} />;
  } else if (item.kind === 'cloud-id') {
    body = <CloudIdBody {...props} item={item} />;
  } else {
    address = item.address;
    hostForm = address !== undefined && (item.code === 'no-host' || item.code === 'invalid-host');
    const reason = shareReason(item, props.lang);
    // A normal next step (ask for the ID, say which server) is not an error.
    const step = item.code === 'unknown-id' || item.code === 'no-host';
    body = (
      <>
        <div class="share-main">
          <Who address={item.address ?? ''} t={props.t}>
            <p class="share-why">{describeShareError(item.code, item, props.lang)}</p>
          </Who>
          <p class={`status ${step ? 'status-warn' : 'status-error'} share-reason`}>
            {reason.charAt(0).toUpperCase() + reason.slice(1)}
          </p>
        </div>
        {item.code === 'unknown-id' && item.address !== undefined && (
          <div class="share-wide">
            <UnknownIdForm
              t={props.t}
              lang={props.lang}
              ids={props.ids}
              index={props.index}
              address={item.address}
              onCopyAddress={props.onCopyAddress}
            />
          </div>
        )}
      </>
    );
  }
  return (
    <li class={`share-result share-kind-${item.kind}`} data-kind={item.kind}>
      {body}
      {item.cleaned && (
        <p class="status status-warn share-cleaned share-wide">{describeCleaned(props.lang)}</p>
      )}
      {hostForm && address !== undefined && (
        <div class="share-wide">
          <HostForm {...props} address={address} />
        </div>
      )}
    </li>
  );
}

/** Who a result is about, and its details on demand (which server and why, what to do). */
function Who({ address, t, children }: { address: string; t: ShareTranslate; children: ComponentChildren }) {
  return (
    <div class="share-who">
      {address !== '' && <span class="share-address">{address}</span>}
      <details class="share-more">
        <summary>
          {t('details')}
          {address !== '' && <span class="visually-hidden"> {t('detailsSuffix', { what: address })}</span>}
        </summary>
        {children}
      </details>
    </div>
  );
}

function ShareIdBody(props: ResultItemProps & { item: Extract<ShareItem, { kind: 'id' }> }) {
  const { item, lang, t } = props;
  return (
    <>
      <div class="share-main">
        <Who t={t} address={item.name ? `${item.name} — ${item.address}` : item.address}>
          <p class="muted share-why">{hostExplanation(item, lang)}</p>
          {item.hostSource === 'remembered' && (
            <button type="button" class="btn btn-secondary" onClick={() => props.onForgetHost(item.address)}>
              {t('forgetHost')}
              <span class="visually-hidden"> {t('forAddress', { address: item.address })}</span>
            </button>
          )}
        </Who>
        <BreakableId id={item.id} />
      </div>
      <CopyButton t={t} id={item.id} address={item.address} onClick={() => props.onCopy(item)} />
    </>
  );
}

function CloudIdBody(props: ResultItemProps & { item: Extract<ShareItem, { kind: 'cloud-id' }> }) {
  const { item, lang, t, ids } = props;
  const who = item.name && item.address ? `${item.name} — ${item.address}` : (item.name ?? item.address);
  const key = `cloud:${item.id}`;
  const title = t(item.account ? 'accountIdTitle' : 'cloudIdTitle');
  return (
    <>
      <div class="share-main">
        <Who t={t} address={item.inBook && who !== undefined ? who : title}>
          {item.inBook && <p class="share-why">{title}</p>}
          {!item.account && <p class="share-why">{t('cloudIdUser', { user: item.user })}</p>}
          <p class="muted share-why">{hostExplanation(item, lang)}</p>
          {item.inBook && who !== undefined && <p class="share-why">{t('inBook', { who })}</p>}
        </Who>
        <BreakableId id={item.id} />
      </div>
      <CopyButton t={t} id={item.id} address={item.address ?? item.id} onClick={() => props.onCopy(item)} />
      {(!item.staff ||
        (item.staff && !item.inBook && ids.allowed) ||
        (item.staff && !item.account && !props.national && props.remembered[item.user] !== item.host)) && (
        <div class="share-wide share-actions">
          {!item.staff && <p class="status status-warn">{t('cloudIdNotStaff', { user: item.user })}</p>}
          {item.staff && !item.inBook && ids.allowed && (
            <>
              <button
                type="button"
                class="btn btn-secondary"
                onClick={() => void ids.savePasted(key, item.id, item.address)}
              >
                {t('addToBook')}
                <span class="visually-hidden"> {t('forEntry', { id: item.id })}</span>
              </button>
              {ids.errors[key] && <p class="status status-error">{ids.errors[key]}</p>}
              <ConflictQuestion t={t} ids={ids} formKey={key} />
            </>
          )}
          {item.staff && !item.account && !props.national && props.remembered[item.user] !== item.host && (
            <button
              type="button"
              class="btn btn-secondary"
              onClick={() => props.onRememberHost(item.user, item.host)}
            >
              {t('rememberCloudIdHost', { user: item.user })}
            </button>
          )}
        </div>
      )}
    </>
  );
}

function HostForm({
  t,
  index,
  address,
  draft,
  onDraft,
  onUseHost,
  onRememberHost,
}: ResultItemProps & { address: string }) {
  const inputId = `share-host-${index}`;
  return (
    <form
      class="share-host"
      onSubmit={(event) => {
        event.preventDefault();
        onUseHost(address);
      }}
    >
      <div class="field">
        <label for={inputId}>
          {t('hostLabel')}
          <span class="visually-hidden"> {t('forAddress', { address })}</span>
        </label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          aria-describedby={`${inputId}-hint`}
          value={draft}
          onInput={(e) => onDraft(address, e.currentTarget.value)}
        />
        <span id={`${inputId}-hint`} class="hint">
          {t('hostHint')}
        </span>
      </div>
      <div class="share-actions">
        <button type="submit" class="btn btn-secondary">
          {t('useHost')}
          <span class="visually-hidden"> {t('forAddress', { address })}</span>
        </button>
        <button type="button" class="btn" onClick={() => onRememberHost(address, draft)}>
          {t('rememberHost')}
          <span class="visually-hidden"> {t('forAddress', { address })}</span>
        </button>
      </div>
    </form>
  );
}
