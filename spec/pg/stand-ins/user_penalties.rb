# frozen_string_literal: true

# The penalties as core applies them, with what each sends and logs, read at
# the newest stored commits of discourse/discourse (the 2026.10.0 release
# commit is not in the index): every call is recorded for specs to read.

# app/services/staff_action_logger.rb: the staff action log entries the
# plugin's penalties write.
class StaffActionLogger
  def self.logged
    @logged ||= []
  end

  def initialize(admin)
    raise Discourse::InvalidParameters.new(:admin) if admin.nil?
    @admin = admin
  end

  def log_user_suspend(user, reason, opts = {})
    record(:suspend_user, user, reason:, **opts)
  end

  def log_user_unsuspend(user, opts = {})
    record(:unsuspend_user, user, **opts)
  end

  def log_silence_user(user, opts = {})
    record(:silence_user, user, **opts)
  end

  def log_unsilence_user(user, opts = {})
    record(:unsilence_user, user, **opts)
  end

  def log_custom(custom_type, details = nil)
    raise Discourse::InvalidParameters.new(:custom_type) if custom_type.nil?
    self.class.logged << {
      action: :custom_staff,
      custom_type:,
      acting_user_id: @admin.id,
      details: details || {},
    }
  end

  private

  def record(action, user, **details)
    raise Discourse::InvalidParameters.new(:user) if user.nil?
    self.class.logged << { action:, target_user_id: user.id, acting_user_id: @admin.id, details: }
  end
end

# app/models/system_message.rb: the system messages core's penalties send.
class SystemMessage
  def self.sent
    @sent ||= []
  end

  def self.create(recipient, type, params = {})
    sent << { user_id: recipient.id, type:, params: }
  end
end

# app/services/user_silencer.rb (09a28235cd982070b5fec8b51f60db4de58fe9b3):
# `silence` refuses staff, hides the member's posts unless keep_posts, refuses
# someone already silenced (returning false), then logs the reason (as the
# entry's context and details), triggers :user_silenced with it and sends
# :silenced_by_staff; `unsilence` does nothing for someone not silenced, else
# sends :unsilenced and logs.
class UserSilencer
  def self.calls
    @calls ||= []
  end

  def self.silence(user, by_user = nil, opts = {})
    new(user, by_user, opts).silence
  end

  def self.unsilence(user, by_user = nil, opts = {})
    new(user, by_user, opts).unsilence
  end

  def initialize(user, by_user = nil, opts = {})
    @user, @by_user, @opts = user, by_user, opts
  end

  def silence
    return false if @user.staff?
    self.class.calls << [:hide_posts, @user.id, {}] if !@opts[:keep_posts]
    return false if @user.silenced_till.present?
    @user.silenced_till = @opts[:silenced_till] || 1000.years.from_now
    return false if !@user.save
    message_type = @opts[:message] || :silenced_by_staff
    if @by_user
      StaffActionLogger.new(@by_user).log_silence_user(
        @user,
        context: "#{message_type}: #{@opts[:reason]}",
        details: @opts[:reason],
      )
    end
    DiscourseEvent.trigger(
      :user_silenced,
      user: @user,
      silenced_by: @by_user,
      reason: @opts[:reason],
    )
    SystemMessage.create(@user, message_type)
    self.class.calls << [:silence, @user.id, @opts]
    true
  end

  def unsilence
    return false if @user.silenced_till.blank?
    @user.silenced_till = nil
    return false if !@user.save
    SystemMessage.create(@user, :unsilenced)
    StaffActionLogger.new(@by_user).log_unsilence_user(@user) if @by_user
    self.class.calls << [:unsilence, @user.id, {}]
    true
  end
end

# app/services/user_suspender.rb (0608937b8f0359385bb175fce49bb07587944e1b):
# suspends until a date whoever the user is and whether or not they are
# suspended already (core's newer User::Suspend service refuses that; this
# class does not), resets suspended_at, logs the reason, logs the member out
# and triggers :user_suspended with the reason. There is no `unsuspend`:
# core's admin unsuspends by clearing the two columns, logging
# `log_user_unsuspend` and triggering :user_unsuspended.
class UserSuspender
  def self.calls
    @calls ||= []
  end

  def initialize(
    user,
    suspended_till:,
    reason:,
    by_user:,
    message: nil,
    post_id: nil,
    reviewable_id: nil
  )
    @user = user
    @suspended_till = suspended_till
    @reason = reason
    @by_user = by_user
    @message = message
  end

  def suspend
    @user.suspended_till = @suspended_till
    @user.suspended_at = Time.zone.now
    @user.save!
    StaffActionLogger.new(@by_user).log_user_suspend(@user, @reason, message: @message)
    self.class.calls << [:suspend, @user.id, { suspended_till: @suspended_till, reason: @reason }]
    self.class.calls << [:logged_out, @user.id, {}]
    DiscourseEvent.trigger(
      :user_suspended,
      user: @user,
      reason: @reason,
      message: @message,
      suspended_till: @suspended_till,
    )
    nil
  end
end

# lib/discourse_event.rb: handlers registered with `on` (and removed with
# `off`) run when `trigger` fires their event; every trigger is recorded too.
class DiscourseEvent
  def self.triggered
    @triggered ||= []
  end

  def self.events
    @events ||= Hash.new { |hash, name| hash[name] = [] }
  end

  def self.trigger(event_name, *args, **kwargs)
    triggered << [event_name, args, kwargs]
    events[event_name].each { |handler| handler.call(*args, **kwargs) }
  end

  def self.on(event_name, &block)
    events[event_name] << block
  end

  def self.off(event_name, &block)
    events[event_name].delete(block)
  end
end
